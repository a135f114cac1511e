// The unit queue: tasks nobody has taken yet; a caseworker takes one onto their own worklist.
import { api, announce, clear, currentUser, h, heading, loading, notice, t, ApiError } from '/console/shell/polku.js';
import { org, unitName } from './texts.js';
import { taskTable } from './worklist.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const o = await org();
  const me = o.caseworkers.find(c => c.username === currentUser().username);
  const unit = context.args[0] || (me && me.unit) || o.units[0].id;
  const title = text('queue.unit-queue');
  // A select and a button: choosing a unit does not move the page until asked (WCAG 3.2.2).
  const select = h('select', { id: 'queue-unit' }, o.units.map(u => h('option', { value: u.id }, unitName(o, u.id))));
  select.value = unit;
  const show = h('button', { type: 'button', class: 'secondary', onclick: () => { location.hash = '#/unit-queue/' + select.value; } },
    text('queue.show'));
  const body = h('div', {}, loading());
  clear(root, heading(title), h('div', { class: 'search' }, h('div', { class: 'field' },
    h('label', { for: 'queue-unit' }, text('queue.unit')), select), show), body);
  const rows = await api('v1/units/' + encodeURIComponent(unit) + '/queue?limit=100');
  if (!rows.length) {
    clear(body, notice('info', text('queue.the-queue-is-empty')));
    return;
  }
  const take = row => h('button', { type: 'button', class: 'secondary', 'data-task': row.taskId,
    'aria-label': text('queue.take') + row.customerName,
    onclick: async e => {
      e.target.disabled = true;
      try {
        await api('v1/tasks/' + row.taskId + '/take', { method: 'POST' });
        const table = e.target.closest('table');
        e.target.closest('tr').remove();
        // Focus stays in the list: on the next row's button, or the table when none is left.
        (table.querySelector('button[data-task]') || table.querySelector('caption'))?.focus();
        announce(text('queue.the-task-moved-to-your-worklist'));
      } catch (err) {
        e.target.disabled = false;
        body.prepend(notice('error', err instanceof ApiError ? err.message : String(err)));
      }
    } }, text('queue.take-2'));
  clear(body, taskTable(rows, o, text('queue.tasks-nobody-has-taken'),
    { header: text('queue.action'), cell: take }));
}
