// The people or tasks behind a dashboard figure: #/dashboard-list/initial/<municipality>/<figure>/<months>,
// #/dashboard-list/tasks/<unit>/<municipality>/<overdue>, #/dashboard-list/liability/<municipality>,
// #/dashboard-list/forecast/<municipality>/<benefit days>/<months>.
// Opening one is an access to each person shown, and recorded as such.
import { api, clear, h, heading, notice, pagedList, table, fmtDate } from '/console/shell/polku.js';
import { municipalityName, org, unitName } from './texts.js';
import { taskColumns } from './worklist.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const [kind, a, b, c] = context.args;
  const o = await org();
  const back = h('p', {}, h('a', { href: '#/dashboard' }, text('drilldown.back')));
  if (kind === 'initial') {
    const figure = ['held', 'on-time', 'late', 'open-late'].includes(b) ? b : 'held';
    const title = text('drilldown.initial.' + figure, municipalityName(o, a), c || 12);
    const list = pagedList({ key: 'drilldown-initial', exportName: 'polku-drilldown', exportTitle: title, path: `v1/dashboard/initial-interviews/${encodeURIComponent(a)}/${figure}`,
      params: { months: c || '12' }, caption: page => text('drilldown.people', page.total), empty: text('drilldown.nobody'),
      columns: [
        { label: text('drilldown.customer'), cell: r => h('a', { href: '#/customer/' + r.customerId }, r.customerName) },
        { label: text('drilldown.due'), cell: r => fmtDate(r.due) },
        { label: text('drilldown.held'), cell: r => (r.heldOn ? fmtDate(r.heldOn) : text('drilldown.not-held')) },
        { label: text('drilldown.on-time'), cell: r => (r.heldOn ? text(r.onTime ? 'drilldown.yes' : 'drilldown.no') : '–') },
      ], rowClass: r => (!r.onTime ? 'overdue' : undefined) });
    clear(root, heading(title), back, list.element);
    await list.load();
  } else if (kind === 'tasks') {
    const overdue = c === 'true';
    const title = text(overdue ? 'drilldown.tasks.overdue' : 'drilldown.tasks.open', unitName(o, a), municipalityName(o, b));
    const list = pagedList({ key: 'drilldown-tasks', exportName: 'polku-tasks', exportTitle: title, path: 'v1/dashboard/tasks/' + encodeURIComponent(a),
      params: { municipality: b, ...(overdue ? { overdue: 'true' } : {}) }, caption: page => text('drilldown.tasks', page.total),
      empty: text('drilldown.nobody'), columns: taskColumns(o), rowClass: r => (r.overdue ? 'overdue' : undefined) });
    clear(root, heading(title), back, list.element);
    await list.load();
  } else if (kind === 'liability') {
    const rows = await api('v1/municipalities/' + encodeURIComponent(a) + '/approaching-liability?withinDays=30');
    clear(root, heading(text('drilldown.liability', municipalityName(o, a))), back, rows.length
      ? table(text('drilldown.people', rows.length), [text('drilldown.customer'), text('drilldown.unit'), text('drilldown.liability-from')],
        rows.map(r => [h('a', { href: '#/customer/' + r.customerId }, r.customerName), unitName(o, r.unit), fmtDate(r.liabilityDate)]))
      : notice('info', text('drilldown.nobody')));
  } else if (kind === 'forecast') {
    const rows = await api(`v1/dashboard/liability-forecast/${encodeURIComponent(a)}?step=${encodeURIComponent(b)}&months=${encodeURIComponent(c)}`);
    clear(root, heading(text('drilldown.forecast', b, c, municipalityName(o, a))), back, rows.length
      ? table(text('drilldown.people', rows.length), [text('drilldown.customer'), text('drilldown.unit'), text('drilldown.liability-from')],
        rows.map(r => [h('a', { href: '#/customer/' + r.customerId }, r.customerName), unitName(o, r.unit), fmtDate(r.liabilityDate)]))
      : notice('info', text('drilldown.nobody')));
  } else {
    clear(root, heading(text('drilldown.title')), back, notice('info', text('drilldown.nobody')));
  }
}
