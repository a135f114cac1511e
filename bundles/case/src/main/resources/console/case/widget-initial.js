// Share of initial interviews held by their statutory deadline in the last 12 months.
import { api, barChart, clear, h, t, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const [rows, o] = await Promise.all([api('v1/dashboard/initial-interviews?months=12'), org()]);
  const share = r => (r.held ? Math.round((100 * r.onTime) / r.held) : 0);
  clear(root, h('p', {}, text('widget-initial.initial-interviews-due-in-the-last-12-mo')));
  const names = rows.map(r => municipalityName(o, r.municipalityCode));
  await barChart(root, { label: text('widget-initial.initial-interviews-on-time-by-municipali'), labels: names, max: 100,
  datasets: [{ label: text('widget-initial.on-time'), data: rows.map(share) }] });
  root.append(table(text('widget-initial.initial-interviews'),
    [text('widget-initial.municipality'), text('widget-initial.held'),
      text('widget-initial.on-time-2'), '%', text('widget-initial.not-held-late')],
    rows.map((r, i) => [names[i], String(r.held), String(r.onTime), String(share(r)), String(r.openLate)])));
}
