// The coaching module's tab: the courses on offer with their places, and this customer's coaching referrals.
import { api, clear, h, notice, t, table, fmtDate } from '/console/shell/polku.js';

const KINDS = { 'job-search': { fi: 'Työnhakuvalmennus', sv: 'Jobbsökarträning', en: 'Job-search coaching' },
  career: { fi: 'Uravalmennus', sv: 'Karriärträning', en: 'Career coaching' }, work: { fi: 'Työvalmennus', sv: 'Arbetsträning', en: 'Work coaching' } };
const DELIVERY = { online: { fi: 'verkossa', sv: 'på nätet', en: 'online' }, 'in-person': { fi: 'lähiopetus', sv: 'närundervisning', en: 'in person' } };

export default async function render(root, { customer }) {
  const [courses, referrals] = await Promise.all([api('v1/coaching/courses'), api('v1/customers/' + customer.id + '/referrals')]);
  const mine = referrals.filter(r => r.serviceType === 'coaching');
  clear(root,
    h('p', {}, t({ fi: 'Ohjaa asiakas valmennukseen toiminnolla "Ohjaa palveluun".', sv: 'Hänvisa kunden med åtgärden "Hänvisa till tjänst".',
      en: 'Refer the customer with the action "Refer to a service".' })),
    mine.length ? notice('info', t({ fi: `Asiakkaalla on ${mine.length} valmennusohjausta.`, sv: `Kunden har ${mine.length} hänvisningar till träning.`,
      en: `The customer has ${mine.length} coaching referrals.` })) : null,
    courses.length ? table(t({ fi: 'Tarjolla olevat valmennukset', sv: 'Träningar som erbjuds', en: 'Courses on offer' }),
      [t({ fi: 'Nimi', sv: 'Namn', en: 'Name' }), t({ fi: 'Laji', sv: 'Typ', en: 'Kind' }), t({ fi: 'Toteutus', sv: 'Genomförande', en: 'Delivery' }),
        t({ fi: 'Tuottaja', sv: 'Producent', en: 'Provider' }), t({ fi: 'Paikkoja', sv: 'Platser', en: 'Places' }), t({ fi: 'Alkaa', sv: 'Börjar', en: 'Starts' })],
      courses.map(c => [c.name, t(KINDS[c.kind] || { fi: c.kind }), t(DELIVERY[c.delivery] || { fi: c.delivery }), c.provider, String(c.capacity),
        fmtDate(c.startsOn)]))
      : notice('info', t({ fi: 'Valmennuksia ei ole tarjolla.', sv: 'Inga träningar erbjuds.', en: 'No courses on offer.' })));
}
