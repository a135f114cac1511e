// People whose unemployment reaches the 100-day municipal liability within 30 days.
import { api, barChart, clear, h, exportButtons, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const [figures, o] = await Promise.all([api('v1/dashboard/liability?withinDays=30'), org()]);
  const codes = Object.keys(figures.approaching);
  clear(root, h('p', {}, text('widget-liability.people-for-whom-the-municipality-starts')));
  await barChart(root, { label: text('widget-liability.approaching-the-liability-by-municipalit'), labels: codes.map(c => municipalityName(o, c)),
  datasets: [{ label: text('widget-liability.people'), data: codes.map(c => figures.approaching[c]) }] });
  const headers = [text('widget-liability.municipality'), text('widget-liability.people')];
  root.append(table(text('widget-liability.approaching-the-liability'), headers,
    codes.map(c => [municipalityName(o, c), figures.approaching[c] ? h('a', { href: '#/dashboard-list/liability/' + c,
      'data-figure': 'liability' }, String(figures.approaching[c])) : '0'])),
  exportButtons({ name: 'polku-liability', title: text('approaching-liability'), headers, rows: () => codes.map(c => [municipalityName(o, c), figures.approaching[c]]), statistics: true }));
}
