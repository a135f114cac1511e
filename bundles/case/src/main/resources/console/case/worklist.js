// My worklist: my statutory tasks by due date, overdue first in colour and in words.
import { api, clear, h, heading, loading, notice, t, table, fmtDate } from '/console/shell/polku.js';
import { WORDS, municipalityName, org, stepName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const title = text('worklist.my-worklist');
  clear(root, heading(title), loading());
  const [rows, o] = await Promise.all([api('v1/worklist?limit=200'), org()]);
  const overdue = rows.filter(r => r.overdue).length;
  clear(root, heading(title),
    h('p', { id: 'worklist-summary' }, text('worklist.open-tasks-of-them-overdue', rows.length, overdue)),
    rows.length ? taskTable(rows, o, text('worklist.tasks-by-due-date'))
      : notice('info', text('worklist.you-have-no-open-tasks-take-tasks-from-t')));
}

export function taskTable(rows, o, caption, extra) {
  return table(caption,
    [t(WORDS.due), t(WORDS.step), t(WORDS.customer), t(WORDS.municipality), t(WORDS.state), ...(extra ? [extra.header] : [])],
    rows.map(r => [
      fmtDate(r.due),
      stepName(r.step),
      h('a', { href: '#/customer/' + r.customerId }, r.customerName),
      municipalityName(o, r.municipalityCode),
      r.overdue ? h('span', { class: 'badge badge-overdue' }, t(WORDS.overdue)) : h('span', { class: 'badge badge-open' }, t(WORDS.open)),
      ...(extra ? [extra.cell(r)] : []),
    ]),
    { rowClass: i => (rows[i].overdue ? 'overdue' : undefined) });
}
