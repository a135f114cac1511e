// The coaching module's tab: the courses on offer with their places, and for each of this
// customer's active coaching referrals its place on a course, or a form to take one.
import { api, announce, clear, field, form, h, notice, t, table, fmtDate } from '/console/shell/polku.js';

const KINDS = { 'job-search': { fi: 'Työnhakuvalmennus', sv: 'Jobbsökarträning', en: 'Job-search coaching' },
  career: { fi: 'Uravalmennus', sv: 'Karriärträning', en: 'Career coaching' }, work: { fi: 'Työvalmennus', sv: 'Arbetsträning', en: 'Work coaching' } };
const DELIVERY = { online: { fi: 'verkossa', sv: 'på nätet', en: 'online' }, 'in-person': { fi: 'lähiopetus', sv: 'närundervisning', en: 'in person' } };
const ENROLMENT = { enrolled: { fi: 'paikka varattu', sv: 'plats reserverad', en: 'place taken' },
  completed: { fi: 'suoritettu', sv: 'genomförd', en: 'completed' }, interrupted: { fi: 'keskeytynyt', sv: 'avbruten', en: 'interrupted' } };
const ACTIVE = ['referred', 'accepted', 'started'];
const REFERRAL = { declined: { fi: 'hylätty', sv: 'avböjd', en: 'declined' }, completed: { fi: 'päättynyt', sv: 'avslutad', en: 'completed' },
  interrupted: { fi: 'keskeytynyt', sv: 'avbruten', en: 'interrupted' } };

export default async function render(root, context) {
  const { customer, contribution } = context;
  const [courses, referrals] = await Promise.all([api('v1/coaching/courses'), api('v1/customers/' + customer.id + '/referrals')]);
  const mine = referrals.filter(r => r.moduleId === contribution.moduleId);
  const query = mine.map(r => 'referral=' + r.id).join('&');
  const enrolments = mine.length ? await api('v1/coaching/courses/enrolments?' + query) : [];
  const courseName = id => (courses.find(c => c.id === id) || { name: id }).name;

  const referralRows = mine.map(r => {
    const e = enrolments.find(x => x.referralId === r.id);
    if (e) return h('li', {}, r.purpose + ': ' + courseName(e.courseId) + ' – ' + t(ENROLMENT[e.state] || { fi: e.state }));
    if (!ACTIVE.includes(r.state)) return h('li', {}, r.purpose + ' – ' + t(REFERRAL[r.state] || { fi: r.state }));
    const open = courses.filter(c => c.seatsLeft > 0);
    if (!open.length) return h('li', {}, r.purpose + ': ', t({ fi: 'kaikki kurssit ovat täynnä.', sv: 'alla kurser är fulla.', en: 'every course is full.' }));
    const enrol = form([field({ name: 'courseId', type: 'select', required: true,
      label: t({ fi: 'Kurssi ohjaukselle: ', sv: 'Kurs för hänvisningen: ', en: 'Course for the referral: ' }) + r.purpose,
      options: open.map(c => ({ value: c.id, label: c.name + ' (' + fmtDate(c.startsOn) + ', ' + c.seatsLeft + ' '
        + t({ fi: 'paikkaa vapaana', sv: 'lediga platser', en: 'places left' }) + ')' })) })],
    t({ fi: 'Varaa paikka', sv: 'Reservera plats', en: 'Take a place' }), async values => {
      await api('v1/coaching/courses/' + values.courseId + '/enrolments', { method: 'POST', body: { referralId: r.id } });
      announce(t({ fi: 'Paikka varattu.', sv: 'Platsen reserverad.', en: 'Place taken.' }));
      await render(root, context);
      root.querySelector('#coaching-referrals')?.setAttribute('tabindex', '-1');
      root.querySelector('#coaching-referrals')?.focus();
    });
    enrol.classList.add('enrol-form');
    return h('li', {}, enrol);
  });

  clear(root,
    mine.length ? [h('h2', {}, t({ fi: 'Asiakkaan valmennusohjaukset', sv: 'Kundens hänvisningar till träning', en: "The customer's coaching referrals" })),
      h('ul', { id: 'coaching-referrals' }, referralRows)]
      : notice('info', t({ fi: 'Ohjaa asiakas valmennukseen toiminnolla "Ohjaa palveluun"; sen jälkeen hänelle voi varata kurssipaikan tästä.',
        sv: 'Hänvisa kunden med åtgärden "Hänvisa till tjänst"; sedan kan en kursplats reserveras här.',
        en: 'Refer the customer with "Refer to a service"; a course place can then be taken here.' })),
    courses.length ? table(t({ fi: 'Tarjolla olevat valmennukset', sv: 'Träningar som erbjuds', en: 'Courses on offer' }),
      [t({ fi: 'Nimi', sv: 'Namn', en: 'Name' }), t({ fi: 'Laji', sv: 'Typ', en: 'Kind' }), t({ fi: 'Toteutus', sv: 'Genomförande', en: 'Delivery' }),
        t({ fi: 'Tuottaja', sv: 'Producent', en: 'Provider' }), t({ fi: 'Paikkoja vapaana', sv: 'Lediga platser', en: 'Places left' }),
        t({ fi: 'Alkaa', sv: 'Börjar', en: 'Starts' })],
      courses.map(c => [c.name, t(KINDS[c.kind] || { fi: c.kind }), t(DELIVERY[c.delivery] || { fi: c.delivery }), c.provider,
        c.seatsLeft + ' / ' + c.capacity, fmtDate(c.startsOn)]))
      : notice('info', t({ fi: 'Valmennuksia ei ole tarjolla.', sv: 'Inga träningar erbjuds.', en: 'No courses on offer.' })));
}
