// The partner's tab: its courses, from its own REST resource, through the console's helpers.
import { api, clear, t, table } from '/console/shell/polku.js';

export default async function render(root) {
  const courses = await api('partner-coaching/courses');
  clear(root, table(t({ fi: 'Esimerkki Valmennus Oy:n kurssit', sv: 'Kurser hos Esimerkki Valmennus Oy', en: 'Courses of Esimerkki Valmennus Oy' }),
    [t({ fi: 'Kurssi', sv: 'Kurs', en: 'Course' }), t({ fi: 'Toteutus', sv: 'Genomförande', en: 'Delivery' }), t({ fi: 'Paikkoja', sv: 'Platser', en: 'Places' })],
    courses.map(c => [c.name, c.mode, String(c.seats)])));
}
