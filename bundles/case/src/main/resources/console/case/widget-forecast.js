// The municipal financing liability ahead: per municipality, how many people cross each step of
// the municipality's share within 1, 3 and 6 months; each figure opens the people behind it.
import { api, clear, h, exportButtons, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const [f, o] = await Promise.all([api('v1/dashboard/liability-forecast'), org()]);
  const codes = Object.keys(f.counts);
  const headers = [text('widget-forecast.municipality'),
    ...f.steps.flatMap(step => f.horizons.map(m => text('widget-forecast.step', step) + ', ' + text('widget-forecast.within', m)))];
  const cell = (code, step, i) => {
    const n = f.counts[code][step][i];
    return n ? h('a', { href: `#/dashboard-list/forecast/${code}/${step}/${f.horizons[i]}`, 'data-figure': 'forecast' }, String(n)) : '0';
  };
  clear(root, h('p', {}, text('widget-forecast.intro')),
    table(text('widget-forecast.title'), headers,
      codes.map(c => [municipalityName(o, c), ...f.steps.flatMap(step => f.horizons.map((m, i) => cell(c, step, i)))])),
    exportButtons({ name: 'polku-liability-forecast', title: text('liability-forecast'), headers, rows: () => codes.map(c => [municipalityName(o, c), ...f.steps.flatMap(step => f.counts[c][step])]), statistics: true }));
}
