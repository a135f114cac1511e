// A course provider's applicants (the college's account, or a unit lead for the area's own courses):
// the least of each person that selecting needs, and the decisions, each moving the referral on.
import { api, clear, decisions, fmtDate, h, heading, pagedList, saved } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const NEXT = { applied: ['select', 'decline'], selected: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const DONE = { select: 'selected', decline: 'declined', start: 'started', complete: 'completed', interrupt: 'interrupted' };

export default async function render(root, context) {
  const title = text('provider.title');
  const message = h('div', { role: 'status' });
  let list;
  const actions = a => NEXT[a.state] ? decisions({ key: a.id, who: a.lastName + ', ' + a.firstName,
    noteLabel: text('provider.reason', a.lastName + ', ' + a.firstName), hint: text('provider.reason-hint'),
    actions: NEXT[a.state].map(action => ({ action, label: text('provider.' + action) })),
    send: (action, note) => api('v1/training/provider/applications/' + a.id + '/' + action, { method: 'POST', body: { note } }),
    after: async action => {
      saved(text('provider.done', text('application.' + DONE[action])));
      await list.load();
      root.querySelector('h1')?.focus();
    }, message }) : '';
  // One page at a time with the total, as every list of the console: never cut silently.
  list = pagedList({ key: 'training-provider', exportName: 'polku-applicants', exportTitle: title, path: 'v1/training/provider/applications', caption: () => text('provider.caption'),
    empty: text('provider.none'), columns: [
      { label: text('provider.person'), cell: a => h('span', {}, a.lastName + ', ' + a.firstName, h('br'),
        text('provider.language', text('language.' + a.language)),
        a.dismissedOn ? [h('br'), text('provider.dismissed', fmtDate(a.dismissedOn))] : null) },
      { label: text('provider.course'), cell: a => a.courseName },
      { label: text('provider.contact'), cell: a => a.contact || '' },
      { label: text('provider.purpose'), cell: a => a.purpose },
      { label: text('provider.state'), cell: a => text('application.' + a.state) + (a.note ? ' – ' + a.note : '') },
      { label: text('provider.actions'), cell: actions },
    ] });
  clear(root, heading(title), message, list.element);
  await list.load();
}
