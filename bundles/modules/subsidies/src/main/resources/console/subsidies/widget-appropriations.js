// Dashboard widget: this year's appropriation per kind, committed and remaining, as a stacked bar
// chart and, for screen readers and keyboard users, the same figures in a table.
import { barChart, clear, h, t } from '/console/shell/polku.js';
import { appropriations, balanceTable, euros, kindName, wholeEuros, WORDS } from './texts.js';

export default async function render(root) {
  const rows = await appropriations();
  const year = rows.length ? rows[0].year : new Date().getFullYear();
  clear(root, h('p', {}, t({ fi: `Vuoden ${year} määrärahat: päätöksillä sidottu ja jäljellä oleva raha euroina.`,
    sv: `Anslagen för ${year}: belopp som bundits genom beslut och belopp som återstår, i euro.`,
    en: `The ${year} appropriations: money committed by decisions and money remaining, in euros.` })));
  const chart = await barChart(root, {
    label: t({ fi: `Määrärahojen käyttö ${year} tuittain`, sv: `Användning av anslagen ${year} per stöd`,
      en: `Use of the ${year} appropriations by subsidy` }),
    labels: rows.map(r => kindName(r.kind)), stacked: true,
    datasets: [{ label: t(WORDS.committed), data: rows.map(r => r.committedCents / 100) },
      { label: t(WORDS.remaining), data: rows.map(r => r.remainingCents / 100) }],
  });
  // Euros on the axis and in the tooltips, written as the user's language writes them.
  chart.options.scales.y.ticks = { callback: value => wholeEuros(Math.round(value * 100)) };
  chart.options.plugins.tooltip = { callbacks: { label: c => `${c.dataset.label}: ${euros(Math.round(c.parsed.y * 100))}` } };
  chart.update();
  root.append(balanceTable(rows, t({ fi: `Määrärahat ${year}`, sv: `Anslag ${year}`, en: `Appropriations ${year}` }), { compact: true }));
}
