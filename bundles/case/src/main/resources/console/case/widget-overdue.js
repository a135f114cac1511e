// Open and overdue statutory tasks now, per municipality and unit.
import { api, barChart, clear, h, t, table } from '/console/shell/polku.js';
import { municipalityName, org, unitName } from './texts.js';

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
  await barChart(root, { label: t({ fi: 'Avoimet ja myöhässä olevat tehtävät kunnittain', sv: 'Öppna och försenade uppgifter per kommun',
    en: 'Open and overdue tasks by municipality' }), labels: codes.map(c => municipalityName(o, c)),
  datasets: [{ label: t({ fi: 'Myöhässä', sv: 'Försenade', en: 'Overdue' }), data: codes.map(c => byMunicipality.get(c).overdue) },
    { label: t({ fi: 'Avoimet', sv: 'Öppna', en: 'Open' }), data: codes.map(c => byMunicipality.get(c).open) }] });
  root.append(table(t({ fi: 'Tehtävät yksiköittäin', sv: 'Uppgifter per enhet', en: 'Tasks by unit' }),
    [t({ fi: 'Kunta', sv: 'Kommun', en: 'Municipality' }), t({ fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' }),
      t({ fi: 'Avoimet', sv: 'Öppna', en: 'Open' }), t({ fi: 'Myöhässä', sv: 'Försenade', en: 'Overdue' })],
    figures.now.map(r => [municipalityName(o, r.municipalityCode), unitName(o, r.unit), String(r.open), String(r.overdue)])));
}
