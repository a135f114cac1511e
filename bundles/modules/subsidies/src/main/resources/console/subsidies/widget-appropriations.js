// Dashboard widget: this year's appropriation per kind, committed and remaining, as a stacked bar
// chart and, for screen readers and keyboard users, the same figures in a table.
import { barChart, clear, h, t, today } from '/console/shell/polku.js';
import { appropriations, balanceTable, euros, kindName, wholeEuros, WORDS } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const rows = await appropriations();
  const year = rows.length ? rows[0].year : Number(today().slice(0, 4));
  clear(root, h('p', {}, text('widget-appropriations.the-appropriations-money-committed-by-de', year)));
  const chart = await barChart(root, {
    label: text('widget-appropriations.use-of-the-appropriations-by-subsidy', year),
    labels: rows.map(r => kindName(r.kind)), stacked: true,
    datasets: [{ label: t(WORDS.committed), data: rows.map(r => r.committedCents / 100) },
      { label: t(WORDS.remaining), data: rows.map(r => r.remainingCents / 100) }],
  });
  // Euros on the axis and in the tooltips, written as the user's language writes them.
  chart.options.scales.y.ticks = { callback: value => wholeEuros(Math.round(value * 100)) };
  chart.options.plugins.tooltip = { callbacks: { label: c => `${c.dataset.label}: ${euros(Math.round(c.parsed.y * 100))}` } };
  chart.update();
  root.append(balanceTable(rows, text('widget-appropriations.appropriations', year), { compact: true }));
}
