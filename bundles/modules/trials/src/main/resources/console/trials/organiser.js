// A trial organiser's page (a workplace or a college in the partner role): its own trials with the
// least of each person, and its confirmations: started, completed (with feedback), interrupted (with the reason).
import { api, clear, decisions, fmtDate, h, heading, pagedList, saved } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const NEXT = { agreed: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const DONE = { start: 'started', complete: 'completed', interrupt: 'interrupted' };

export default async function render(root, context) {
  const title = text('organiser.title');
  const message = h('div', { role: 'status' });
  let list;
  const actions = x => NEXT[x.state] ? decisions({ key: 'trial-' + x.id, who: x.lastName + ', ' + x.firstName,
    noteLabel: text('organiser.note', x.lastName + ', ' + x.firstName), hint: text('organiser.note-hint'),
    actions: NEXT[x.state].map(action => ({ action, label: text('organiser.' + action) })),
    send: (action, note) => api('v1/trials/organiser/' + x.id + '/' + action, { method: 'POST', body: { note } }),
    after: async action => {
      saved(text('organiser.done', text('state.' + DONE[action])));
      await list.load();
      root.querySelector('h1')?.focus();
    }, message }) : '';
  // One page at a time with the total, as every list of the console: never cut silently.
  list = pagedList({ key: 'trials-organiser', exportName: 'polku-trials', exportTitle: title, path: 'v1/trials/organiser', caption: () => text('organiser.caption'),
    empty: text('organiser.none'), columns: [
      { label: text('organiser.person'), cell: x => h('span', {}, x.lastName + ', ' + x.firstName, h('br'),
        text('organiser.language', text('language.' + x.language))) },
      { label: text('organiser.trial'), cell: x => h('span', {}, text('kind.' + x.kind), h('br'),
        text('page.period-value', fmtDate(x.startsOn), fmtDate(x.endsOn)), h('br'), x.tasks) },
      { label: text('organiser.contact'), cell: x => x.contact || '' },
      { label: text('organiser.state'), cell: x => text('state.' + x.state) + (x.note ? ' – ' + x.note : '') },
      { label: text('organiser.actions'), cell: actions },
    ] });
  clear(root, heading(title), message, list.element);
  await list.load();
}
