// My worklist: my statutory tasks by due date, overdue first in colour and in words.
import { api, clear, h, heading, loading, notice, t, table, fmtDate } from '/console/shell/polku.js';
import { WORDS, municipalityName, org, stepName } from './texts.js';

export default async function render(root) {
  const title = t({ fi: 'Työlistani', sv: 'Min arbetslista', en: 'My worklist' });
  clear(root, heading(title), loading());
  const [rows, o] = await Promise.all([api('v1/worklist?limit=200'), org()]);
  const overdue = rows.filter(r => r.overdue).length;
  clear(root, heading(title),
    h('p', { id: 'worklist-summary' }, t({ fi: `${rows.length} avointa tehtävää, joista ${overdue} myöhässä.`,
      sv: `${rows.length} öppna uppgifter, varav ${overdue} försenade.`, en: `${rows.length} open tasks, ${overdue} of them overdue.` })),
    rows.length ? taskTable(rows, o, t({ fi: 'Tehtävät määräpäivän mukaan', sv: 'Uppgifter efter förfallodag', en: 'Tasks by due date' }))
      : notice('info', t({ fi: 'Sinulla ei ole avoimia tehtäviä. Ota tehtäviä yksikön jonosta.',
        sv: 'Du har inga öppna uppgifter. Ta uppgifter ur enhetens kö.', en: 'You have no open tasks. Take tasks from the unit queue.' })));
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
