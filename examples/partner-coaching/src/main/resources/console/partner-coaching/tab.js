// The partner's tab: its courses, from its own REST resource, through the console's helpers.
// Its texts are the "console." keys of the bundle's own catalogue (OSGI-INF/l10n), as text(key).
import { api, clear, table } from '/console/shell/polku.js';

export default async function render(root, { text }) {
  const courses = await api('partner-coaching/courses');
  clear(root, table(text('courses.caption'), [text('courses.course'), text('courses.delivery'), text('courses.places')],
    courses.map(c => [c.name, text('delivery.' + c.mode), String(c.seats)])));
}
