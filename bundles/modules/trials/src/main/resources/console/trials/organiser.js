// A trial organiser's page (a workplace or a college in the partner role): its own trials with the
// least of each person, and its confirmations: started, completed (with feedback), interrupted (with the reason).
import { api, clear, decisions, fmtDate, h, heading, loading, notice, saved, table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const NEXT = { agreed: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const DONE = { start: 'started', complete: 'completed', interrupt: 'interrupted' };

export default async function render(root, context) {
  const title = text('organiser.title');
  clear(root, heading(title), loading());
  const list = await api('v1/trials/organiser');
  const message = h('div', { role: 'status' });
  const actions = x => NEXT[x.state] ? decisions({ key: 'trial-' + x.id, who: x.lastName + ', ' + x.firstName,
    noteLabel: text('organiser.note', x.lastName + ', ' + x.firstName), hint: text('organiser.note-hint'),
    actions: NEXT[x.state].map(action => ({ action, label: text('organiser.' + action) })),
    send: (action, note) => api('v1/trials/organiser/' + x.id + '/' + action, { method: 'POST', body: { note } }),
    after: async action => {
      saved(text('organiser.done', text('state.' + DONE[action])));
      await render(root, context);
      root.querySelector('h1')?.focus();
    }, message }) : '';
  clear(root, heading(title), message, list.length ? table(text('organiser.caption'),
    [text('organiser.person'), text('organiser.trial'), text('organiser.contact'), text('organiser.state'), text('organiser.actions')],
    list.map(x => [h('span', {}, x.lastName + ', ' + x.firstName, h('br'), text('organiser.language', text('language.' + x.language))),
      h('span', {}, text('kind.' + x.kind), h('br'), text('page.period-value', fmtDate(x.startsOn), fmtDate(x.endsOn)), h('br'), x.tasks),
      x.contact || '', text('state.' + x.state) + (x.note ? ' – ' + x.note : ''), actions(x)]))
    : notice('info', text('organiser.none')));
}
