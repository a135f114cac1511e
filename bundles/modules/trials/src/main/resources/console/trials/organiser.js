// A trial organiser's page (a workplace or a college in the partner role): its own trials with the
// least of each person, and its confirmations: started, completed (with feedback), interrupted (with the reason).
import { api, announce, ApiError, clear, fmtDate, h, heading, loading, notice, table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const NEXT = { agreed: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const DONE = { start: 'started', complete: 'completed', interrupt: 'interrupted' };

export default async function render(root, context) {
  const title = text('organiser.title');
  clear(root, heading(title), loading());
  const list = await api('v1/trials/organiser');
  const message = h('div', { role: 'status' });
  const actions = x => {
    if (!NEXT[x.state]) return '';
    const who = x.lastName + ', ' + x.firstName;
    const note = h('input', { id: 'trial-note-' + x.id, type: 'text', maxlength: 1000, 'aria-describedby': 'trial-note-hint-' + x.id });
    const error = h('p', { class: 'field-error', id: 'trial-note-error-' + x.id, hidden: true });
    return h('div', {}, h('div', { class: 'field' }, h('label', { for: note.id }, text('organiser.note', who)),
      h('p', { class: 'hint', id: 'trial-note-hint-' + x.id }, text('organiser.note-hint')), note, error),
    h('div', { class: 'actions' }, NEXT[x.state].map(action => h('button', { type: 'button', class: 'secondary',
      'aria-label': text('organiser.' + action) + ': ' + who, onclick: async () => {
        try {
          await api('v1/trials/organiser/' + x.id + '/' + action, { method: 'POST', body: { note: note.value.trim() || null } });
          announce(text('organiser.done', text('state.' + DONE[action])));
          await render(root, context);
          root.querySelector('h1')?.focus();
        } catch (e) {
          if (e instanceof ApiError && e.fields.note) {
            error.textContent = e.fields.note;
            error.hidden = false;
            note.setAttribute('aria-invalid', 'true');
            note.setAttribute('aria-describedby', 'trial-note-hint-' + x.id + ' ' + error.id);
            note.focus();
            return;
          }
          clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
        }
      } }, text('organiser.' + action)))));
  };
  clear(root, heading(title), message, list.length ? table(text('organiser.caption'),
    [text('organiser.person'), text('organiser.trial'), text('organiser.contact'), text('organiser.state'), text('organiser.actions')],
    list.map(x => [h('span', {}, x.lastName + ', ' + x.firstName, h('br'), text('organiser.language', text('language.' + x.language))),
      h('span', {}, text('kind.' + x.kind), h('br'), text('page.period-value', fmtDate(x.startsOn), fmtDate(x.endsOn)), h('br'), x.tasks),
      x.contact || '', text('state.' + x.state) + (x.note ? ' – ' + x.note : ''), actions(x)]))
    : notice('info', text('organiser.none')));
}
