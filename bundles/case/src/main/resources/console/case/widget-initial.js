// Initial interviews on time: of those due in the period, held by the deadline. The share counts
// the late ones not yet held too (they are late already), so it never looks better than it is.
// Each figure leads to the people behind it.
import { api, barChart, clear, h, exportButtons, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const months = context.months || 12;
  const [rows, o] = await Promise.all([api('v1/dashboard/initial-interviews?months=' + months), org()]);
  const due = r => r.held + r.openLate;
  const share = r => (due(r) ? Math.round((100 * r.onTime) / due(r)) : 0);
  const names = rows.map(r => municipalityName(o, r.municipalityCode));
  const link = (r, figure, value) => (value ? h('a', { href: `#/dashboard-list/initial/${r.municipalityCode}/${figure}/${months}`,
    'data-figure': figure }, String(value)) : '0');
  const headers = [text('widget-initial.municipality'), text('widget-initial.held'), text('widget-initial.on-time-2'),
    text('widget-initial.not-held-late'), text('widget-initial.share-on-time')];
  clear(root, h('p', {}, text('widget-initial.due-in-the-period', months)));
  await barChart(root, { label: text('widget-initial.initial-interviews-on-time-by-municipali'), labels: names, max: 100,
    datasets: [{ label: text('widget-initial.on-time'), data: rows.map(share) }] });
  root.append(table(text('widget-initial.initial-interviews'), headers,
    rows.map((r, i) => [names[i], link(r, 'held', r.held), link(r, 'on-time', r.onTime), link(r, 'open-late', r.openLate),
      share(r) + ' %'])),
  exportButtons({ name: 'polku-initial-interviews', title: text('initial-on-time'), headers, rows: () => rows.map((r, i) => [names[i], r.held, r.onTime, r.openLate, share(r)]), statistics: true }));
}
