// The co-operation's queue for the staff: the customers referred to it (a transfer to the
// multisectoral unit refers them here), the most urgent first, and the deadlines with their acts.
import { api, clear, fmtDate, h, heading, loading, navigate, t, table } from '/console/shell/polku.js';
import { names, nextStep, text } from './catalogue.js';

export const TITLE = names('page.title');

export default async function render(root) {
  clear(root, heading(t(TITLE)), loading());
  const [queue, rules] = await Promise.all([api('v1/multisector/queue'), api('v1/multisector/rules')]);
  clear(root, heading(t(TITLE)), h('p', {}, text('page.intro')),
    queue.length ? table(text('page.queue', queue.length), [text('page.customer'), text('page.referred-on'), text('page.state'), text('page.next')],
      queue.map(r => [open(r), fmtDate(r.referredOn), text('state.' + r.state), nextStep(r.next)]),
      { rowClass: i => queue[i].next?.overdue ? 'overdue' : undefined })
      : h('p', {}, text('page.empty')),
    h('section', { id: 'multisector-rules', 'aria-labelledby': 'multisector-rules-title' },
      h('h2', { id: 'multisector-rules-title' }, text('page.rules')),
      table(text('page.rules-caption'), [text('page.from'), text('page.step'), text('page.months'), text('page.acts'), text('page.verified')],
        rules.map(r => [fmtDate(r.effectiveFrom), text('rule.' + r.step), String(r.months), r.acts, text('page.verified.' + r.verified)]))));
}

/** The customer's name as a link: the core tells whose referral it is (and records that it was asked). */
function open(row) {
  return h('a', { href: '#', onclick: async event => {
    event.preventDefault();
    const { customerId } = await api('v1/referrals/' + row.referralId + '/customer');
    navigate('#/customer/' + customerId);
  } }, row.lastName + ', ' + row.firstName);
}
