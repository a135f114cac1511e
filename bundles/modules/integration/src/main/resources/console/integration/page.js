// The integration services for the staff: the customers referred to them, the most urgent first
// (an initial assessment not yet made first of all), and the rules with their acts.
import { api, clear, fmtDate, h, heading, loading, navigate, t, table } from '/console/shell/polku.js';
import { names, nextStep, text } from './catalogue.js';

export const TITLE = names('page.title');

export default async function render(root) {
  clear(root, heading(t(TITLE)), loading());
  const [queue, rules] = await Promise.all([api('v1/integration/queue'), api('v1/integration/rules')]);
  clear(root, heading(t(TITLE)), h('p', {}, text('page.intro')),
    queue.length ? table(text('page.queue', queue.length), [text('page.customer'), text('page.referred-on'), text('page.state'), text('page.next')],
      queue.map(r => [open(r), fmtDate(r.referredOn), text('state.' + r.state), nextStep(r.next)]),
      { rowClass: i => queue[i].next?.overdue ? 'overdue' : undefined })
      : h('p', {}, text('page.empty')),
    h('section', { id: 'integration-rules', 'aria-labelledby': 'integration-rules-title' },
      h('h2', { id: 'integration-rules-title' }, text('page.rules')),
      table(text('page.rules-caption'), [text('page.from'), text('page.parameter'), text('page.value'), text('page.acts'), text('page.verified')],
        rules.map(r => [fmtDate(r.effectiveFrom), text('rule.' + r.parameter), String(r.value), r.acts, text('page.verified.' + r.verified)]))));
}

/** The customer's name as a link: the core tells whose referral it is (and records that it was asked). */
function open(row) {
  return h('a', { href: '#', onclick: async event => {
    event.preventDefault();
    const { customerId } = await api('v1/referrals/' + row.referralId + '/customer');
    navigate('#/customer/' + customerId);
  } }, row.lastName + ', ' + row.firstName);
}
