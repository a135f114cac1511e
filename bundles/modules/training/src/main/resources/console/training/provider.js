// A course provider's applicants (the college's account, or a unit lead for the area's own courses):
// the least of each person that selecting needs, and the decisions, each moving the referral on.
import { api, announce, ApiError, clear, fmtDate, h, heading, loading, notice, table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const NEXT = { applied: ['select', 'decline'], selected: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const DONE = { select: 'selected', decline: 'declined', start: 'started', complete: 'completed', interrupt: 'interrupted' };

export default async function render(root, context) {
  const title = text('provider.title');
  clear(root, heading(title), loading());
  const list = await api('v1/training/provider/applications');
  const message = h('div', { role: 'status' });
  const actions = a => {
    if (!NEXT[a.state]) return '';
    const who = a.lastName + ', ' + a.firstName;
    const note = h('input', { id: 'note-' + a.id, type: 'text', maxlength: 1000, 'aria-describedby': 'note-hint-' + a.id });
    const error = h('p', { class: 'field-error', id: 'note-error-' + a.id, hidden: true });
    return h('div', {}, h('div', { class: 'field' }, h('label', { for: note.id }, text('provider.reason', who)),
      h('p', { class: 'hint', id: 'note-hint-' + a.id }, text('provider.reason-hint')), note, error),
    h('div', { class: 'actions' }, NEXT[a.state].map(action => h('button', { type: 'button', class: 'secondary',
      'aria-label': text('provider.' + action) + ': ' + who, onclick: async () => {
        try {
          await api('v1/training/provider/applications/' + a.id + '/' + action, { method: 'POST', body: { note: note.value.trim() || null } });
          announce(text('provider.done', text('application.' + DONE[action])));
          await render(root, context);
          root.querySelector('h1')?.focus();
        } catch (e) {
          if (e instanceof ApiError && e.fields.note) {
            error.textContent = e.fields.note;
            error.hidden = false;
            note.setAttribute('aria-invalid', 'true');
            note.setAttribute('aria-describedby', 'note-hint-' + a.id + ' ' + error.id);
            note.focus();
            return;
          }
          clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
        }
      } }, text('provider.' + action)))));
  };
  clear(root, heading(title), message, list.length ? table(text('provider.caption'),
    [text('provider.person'), text('provider.course'), text('provider.contact'), text('provider.purpose'), text('provider.state'),
      text('provider.actions')],
    list.map(a => [h('span', {}, a.lastName + ', ' + a.firstName, h('br'), text('provider.language', text('language.' + a.language)),
      a.dismissedOn ? [h('br'), text('provider.dismissed', fmtDate(a.dismissedOn))] : null),
    a.courseName, a.contact || '', a.purpose, text('application.' + a.state) + (a.note ? ' – ' + a.note : ''), actions(a)]))
    : notice('info', text('provider.none')));
}
