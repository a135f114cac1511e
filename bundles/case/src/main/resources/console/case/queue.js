// The unit queue: tasks nobody has taken yet, paged on the server. A caseworker takes one onto
// their own worklist; a unit lead may give one to a named caseworker instead.
import { api, ApiError, clear, currentUser, h, hasRole, heading, notice, pagedList, saved, staffNames } from '/console/shell/polku.js';
import { org, unitName } from './texts.js';
import { taskColumns, taskFilters } from './worklist.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const [o, people] = await Promise.all([org(), staffNames()]);
  const me = o.caseworkers.find(c => c.username === currentUser().username);
  const unit = context.args[0] || (me && me.unit) || o.units[0].id;
  const title = text('queue.unit-queue');
  // A select and a button: choosing a unit does not move the page until asked (WCAG 3.2.2).
  const select = h('select', { id: 'queue-unit' }, o.units.map(u => h('option', { value: u.id }, unitName(o, u.id))));
  select.value = unit;
  const show = h('button', { type: 'button', class: 'secondary', onclick: () => { location.hash = '#/unit-queue/' + select.value; } },
    text('queue.show'));
  const message = h('div', {});
  const summary = h('p', { id: 'queue-summary' });
  const lead = hasRole('unit-lead');
  const workers = o.caseworkers.map(c => c.username).sort((a, b) => String(people[a] || a).localeCompare(people[b] || b, 'fi'));
  let list;
  const refresh = async () => {
    const counts = await api('v1/units/' + encodeURIComponent(unit) + '/queue/counts');
    summary.textContent = text('queue.tasks-nobody-has-taken-of-them-overdue', counts.open, counts.overdue);
  };
  const done = async (row, cell, what) => {
    const table = cell.closest('table');
    cell.closest('tr').remove();
    // Focus stays in the list: on the next row's button, or the table when none is left.
    (table.querySelector('button[data-task]') || table.querySelector('caption'))?.focus();
    saved(what);
    await refresh();
  };
  const actions = row => {
    const cell = h('div', { class: 'actions' });
    const take = h('button', { type: 'button', class: 'secondary', 'data-task': row.taskId,
      'aria-label': text('queue.take') + row.customerName, onclick: async () => {
        take.disabled = true;
        try {
          await api('v1/tasks/' + row.taskId + '/take', { method: 'POST' });
          await done(row, cell, text('queue.the-task-moved-to-your-worklist'));
        } catch (err) {
          take.disabled = false;
          clear(message, notice('error', err instanceof ApiError ? err.message : String(err)));
        }
      } }, text('queue.take-2'));
    cell.append(take);
    if (lead) {
      const choose = h('select', { 'aria-label': text('queue.assign-to', row.customerName), 'data-assign': row.taskId },
        h('option', { value: '' }, text('queue.choose-a-caseworker')), workers.map(w => h('option', { value: w }, people[w] || w)));
      const give = h('button', { type: 'button', class: 'secondary', 'data-give': row.taskId,
        'aria-label': text('queue.give', row.customerName), onclick: async () => {
          if (!choose.value) { choose.focus(); return; }
          give.disabled = true;
          try {
            await api('v1/tasks/' + row.taskId + '/assign', { method: 'POST', body: { worker: choose.value } });
            await done(row, cell, text('queue.the-task-was-given-to', people[choose.value] || choose.value));
          } catch (err) {
            give.disabled = false;
            clear(message, notice('error', err instanceof ApiError ? err.message : String(err)));
          }
        } }, text('queue.give-2'));
      cell.append(choose, give);
    }
    return cell;
  };
  list = pagedList({
    key: 'queue', exportName: 'polku-queue', exportTitle: title, path: 'v1/units/' + encodeURIComponent(unit) + '/queue', filters: taskFilters(o),
    columns: taskColumns(o, { label: text('queue.action'), cell: actions }),
    rowClass: r => (r.overdue ? 'overdue' : undefined), caption: () => text('queue.tasks-nobody-has-taken'),
    empty: text('queue.the-queue-is-empty'),
  });
  clear(root, heading(title), h('div', { class: 'search' }, h('div', { class: 'field' },
    h('label', { for: 'queue-unit' }, text('queue.unit')), select), show), message, summary, list.element);
  await Promise.all([list.load(), refresh()]);
}
