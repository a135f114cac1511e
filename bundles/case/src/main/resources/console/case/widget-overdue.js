// Open and overdue statutory tasks now, per municipality and unit; each figure leads to the tasks.
import { api, barChart, clear, h, exportButtons, table } from '/console/shell/polku.js';
import { municipalityName, org, unitName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const [figures, o] = await Promise.all([api('v1/dashboard/tasks?days=30'), org()]);
  const byMunicipality = new Map();
  for (const r of figures.now) {
    const m = byMunicipality.get(r.municipalityCode) || { open: 0, overdue: 0 };
    m.open += r.open; m.overdue += r.overdue;
    byMunicipality.set(r.municipalityCode, m);
  }
  const codes = [...byMunicipality.keys()];
  clear(root);
  await barChart(root, { label: text('widget-overdue.open-and-overdue-tasks-by-municipality'), labels: codes.map(c => municipalityName(o, c)),
    datasets: [{ label: text('widget-overdue.overdue'), data: codes.map(c => byMunicipality.get(c).overdue) },
      { label: text('widget-overdue.open'), data: codes.map(c => byMunicipality.get(c).open) }] });
  const link = (r, overdue, value) => (value ? h('a', { href: `#/dashboard-list/tasks/${r.unit}/${r.municipalityCode}/${overdue}`,
    'data-figure': overdue ? 'overdue' : 'open' }, String(value)) : '0');
  const headers = [text('widget-overdue.municipality'), text('widget-overdue.unit'), text('widget-overdue.open'), text('widget-overdue.overdue')];
  root.append(table(text('widget-overdue.tasks-by-unit'), headers,
    figures.now.map(r => [municipalityName(o, r.municipalityCode), unitName(o, r.unit), link(r, false, r.open), link(r, true, r.overdue)])),
  exportButtons({ name: 'polku-tasks', title: text('overdue-tasks'), headers, rows: () => figures.now.map(r => [municipalityName(o, r.municipalityCode), unitName(o, r.unit), r.open, r.overdue]), statistics: true }));
}
