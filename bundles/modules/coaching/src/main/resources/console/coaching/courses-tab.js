// The coaching module's tab: the courses on offer with their places, and for each of this
// customer's active coaching referrals its place on a course, or a form to take one.
// Every text is a "console." key of the module's own catalogue (OSGI-INF/l10n), read as text(key).
import { api, clear, field, fmtDate, form, h, notice, saved, table } from '/console/shell/polku.js';

const ACTIVE = ['referred', 'accepted', 'started'];

export default async function render(root, context) {
  const { customer, contribution, text } = context;
  const [courses, referrals] = await Promise.all([api('v1/coaching/courses'), api('v1/customers/' + customer.id + '/referrals')]);
  const mine = referrals.filter(r => r.moduleId === contribution.moduleId);
  const query = mine.map(r => 'referral=' + r.id).join('&');
  const enrolments = mine.length ? await api('v1/coaching/courses/enrolments?' + query) : [];
  const courseName = id => (courses.find(c => c.id === id) || { name: id }).name;

  const referralRows = mine.map(r => {
    const e = enrolments.find(x => x.referralId === r.id);
    if (e) return h('li', {}, r.purpose + ': ' + courseName(e.courseId) + ' – ' + text('enrolment.' + e.state));
    if (!ACTIVE.includes(r.state)) return h('li', {}, r.purpose + ' – ' + text('referral.' + r.state));
    const open = courses.filter(c => c.seatsLeft > 0);
    if (!open.length) return h('li', {}, r.purpose + ': ', text('courses.all-full'));
    const enrol = form([field({ name: 'courseId', type: 'select', required: true,
      label: text('enrol.course-for', r.purpose),
      options: open.map(c => ({ value: c.id, label: text('enrol.option', c.name, fmtDate(c.startsOn), c.seatsLeft) })) })],
    text('enrol.submit'), async values => {
      await api('v1/coaching/courses/' + values.courseId + '/enrolments', { method: 'POST', body: { referralId: r.id } });
      saved(text('enrol.done'));
      await render(root, context);
      root.querySelector('#coaching-referrals')?.setAttribute('tabindex', '-1');
      root.querySelector('#coaching-referrals')?.focus();
    });
    enrol.classList.add('enrol-form');
    return h('li', {}, enrol);
  });

  clear(root,
    mine.length ? [h('h2', {}, text('referrals.title')), h('ul', { id: 'coaching-referrals' }, referralRows)]
      : notice('info', text('referrals.none')),
    courses.length ? table(text('courses.caption'),
      [text('courses.name'), text('courses.kind'), text('courses.delivery'), text('courses.provider'), text('courses.places-left'),
        text('courses.starts')],
      courses.map(c => [c.name, text('kind.' + c.kind), text('delivery.' + c.delivery), c.provider,
        c.seatsLeft + ' / ' + c.capacity, fmtDate(c.startsOn)]))
      : notice('info', text('courses.none')));
}
