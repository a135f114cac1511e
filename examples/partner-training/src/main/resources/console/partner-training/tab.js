// The partner's training tab: its courses, and where the customer's referrals to it stand as the partner heard them.
// Its texts are the "console." keys of the bundle's own catalogue (OSGI-INF/l10n), as text(key).
import { api, clear, h, table } from '/console/shell/polku.js';

export default async function render(root, { customer, contribution, text }) {
  const referrals = (await api('v1/customers/' + customer.id + '/referrals')).filter(r => r.moduleId === contribution.moduleId);
  const heard = referrals.length ? await api('partner-training/referrals?' + referrals.map(r => 'referral=' + r.id).join('&')) : [];
  const courses = await api('partner-training/courses');
  clear(root,
    h('ul', { class: 'partner-training-referrals' }, referrals.map(r => {
      const known = heard.find(x => x.referralId === r.id);
      return h('li', {}, r.purpose + ' – ' + (known ? text('heard.' + known.state) : text('heard.not-yet')));
    })),
    table(text('courses.caption'), [text('courses.course'), text('courses.place'), text('courses.seats')],
      courses.map(c => [c.name, text('place.' + c.place), String(c.seats)])));
}
