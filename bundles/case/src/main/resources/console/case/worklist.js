// My worklist (or, for a unit lead, a team member's): open statutory tasks paged on the server,
// filtered and sorted as the user chooses (remembered), overdue ones in colour and in words.
import { api, clear, currentUser, h, heading, pagedList, staffNames, t, fmtDate } from '/console/shell/polku.js';
import { STEP_KINDS, WORDS, municipalityName, org, stepName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const me = currentUser().username;
  const worker = context.args[0] && context.args[0] !== me ? context.args[0] : null;
  const [o, people] = await Promise.all([org(), staffNames()]);
  const title = worker ? text('worklist.worklist-of', people[worker] || text('worklist.unknown-worker')) : text('worklist.my-worklist');
  const summary = h('p', { id: 'worklist-summary' });
  const list = pagedList({
    key: 'worklist', exportName: 'polku-worklist', exportTitle: title, path: 'v1/worklist', params: worker ? { worker } : {},
    filters: taskFilters(o), columns: taskColumns(o), rowClass: r => (r.overdue ? 'overdue' : undefined),
    caption: () => text('worklist.tasks-by-due-date'),
    empty: worker ? text('worklist.no-tasks-with-these-choices')
      : text('worklist.you-have-no-open-tasks-take-tasks-from-t'),
  });
  clear(root, heading(title), summary, list.element);
  const [counts] = await Promise.all([api('v1/worklist/counts' + (worker ? '?worker=' + encodeURIComponent(worker) : '')), list.load()]);
  summary.textContent = text('worklist.open-tasks-of-them-overdue', counts.open, counts.overdue);
}

/** The filters of a task list: municipality, kind of step, overdue or not. */
export function taskFilters(o) {
  return [
    { name: 'municipality', label: t(WORDS.municipality),
      options: o.municipalities.map(m => ({ value: m.code, label: municipalityName(o, m.code) })) },
    { name: 'step', label: t(WORDS.step), options: STEP_KINDS.map(k => ({ value: k, label: stepName(k) })) },
    { name: 'overdue', label: t(WORDS.state),
      options: [{ value: 'true', label: t(WORDS.overdue) }, { value: 'false', label: text('worklist.on-time') }] },
  ];
}

/** The columns of a task list; extra columns (a queue's actions) after them. */
export function taskColumns(o, ...extra) {
  return [
    { label: t(WORDS.due), sort: 'due', cell: r => fmtDate(r.due) },
    { label: t(WORDS.step), sort: 'step', cell: r => stepName(r.step) },
    { label: t(WORDS.customer), sort: 'customer', cell: r => h('a', { href: '#/customer/' + r.customerId }, r.customerName) },
    { label: t(WORDS.municipality), sort: 'municipality', cell: r => municipalityName(o, r.municipalityCode) },
    { label: t(WORDS.state), cell: r => (r.overdue ? h('span', { class: 'badge badge-overdue' }, t(WORDS.overdue))
      : h('span', { class: 'badge badge-open' }, t(WORDS.open))) },
    ...extra,
  ];
}
