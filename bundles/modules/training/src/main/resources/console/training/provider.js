// A course provider's applicants (the college's account, or a unit lead for the area's own courses):
// the least of each person that selecting needs, and the decisions, each moving the referral on.
import { api, clear, decisions, fmtDate, h, heading, loading, notice, saved, table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const NEXT = { applied: ['select', 'decline'], selected: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const DONE = { select: 'selected', decline: 'declined', start: 'started', complete: 'completed', interrupt: 'interrupted' };

export default async function render(root, context) {
  const title = text('provider.title');
  clear(root, heading(title), loading());
  const list = await api('v1/training/provider/applications');
  const message = h('div', { role: 'status' });
  const actions = a => NEXT[a.state] ? decisions({ key: a.id, who: a.lastName + ', ' + a.firstName,
    noteLabel: text('provider.reason', a.lastName + ', ' + a.firstName), hint: text('provider.reason-hint'),
    actions: NEXT[a.state].map(action => ({ action, label: text('provider.' + action) })),
    send: (action, note) => api('v1/training/provider/applications/' + a.id + '/' + action, { method: 'POST', body: { note } }),
    after: async action => {
      saved(text('provider.done', text('application.' + DONE[action])));
      await render(root, context);
      root.querySelector('h1')?.focus();
    }, message }) : '';
  clear(root, heading(title), message, list.length ? table(text('provider.caption'),
    [text('provider.person'), text('provider.course'), text('provider.contact'), text('provider.purpose'), text('provider.state'),
      text('provider.actions')],
    list.map(a => [h('span', {}, a.lastName + ', ' + a.firstName, h('br'), text('provider.language', text('language.' + a.language)),
      a.dismissedOn ? [h('br'), text('provider.dismissed', fmtDate(a.dismissedOn))] : null),
    a.courseName, a.contact || '', a.purpose, text('application.' + a.state) + (a.note ? ' – ' + a.note : ''), actions(a)]))
    : notice('info', text('provider.none')));
}
