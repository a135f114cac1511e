// People whose unemployment reaches the 100-day municipal liability within 30 days.
import { api, barChart, clear, h, t, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';

export default async function render(root) {
  const [figures, o] = await Promise.all([api('v1/dashboard/liability?withinDays=30'), org()]);
  const codes = Object.keys(figures.approaching);
  clear(root, h('p', {}, t({ fi: 'Henkilöitä, joiden kohdalla kunnan rahoitusvastuu alkaa 30 päivän kuluessa.',
    sv: 'Personer för vilka kommunens finansieringsansvar börjar inom 30 dagar.', en: 'People for whom the municipality starts paying within 30 days.' })));
  await barChart(root, { label: t({ fi: 'Lähestyy rahoitusvastuuta kunnittain', sv: 'Närmar sig finansieringsansvaret per kommun',
    en: 'Approaching the liability by municipality' }), labels: codes.map(c => municipalityName(o, c)),
  datasets: [{ label: t({ fi: 'Henkilöä', sv: 'Personer', en: 'People' }), data: codes.map(c => figures.approaching[c]) }] });
  root.append(table(t({ fi: 'Lähestyy rahoitusvastuuta', sv: 'Närmar sig finansieringsansvaret', en: 'Approaching the liability' }),
    [t({ fi: 'Kunta', sv: 'Kommun', en: 'Municipality' }), t({ fi: 'Henkilöä', sv: 'Personer', en: 'People' })],
    codes.map(c => [municipalityName(o, c), String(figures.approaching[c])])));
}
