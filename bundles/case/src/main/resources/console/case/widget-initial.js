// Share of initial interviews held by their statutory deadline in the last 12 months.
import { api, barChart, clear, h, t, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';

export default async function render(root) {
  const [rows, o] = await Promise.all([api('v1/dashboard/initial-interviews?months=12'), org()]);
  const share = r => (r.held ? Math.round((100 * r.onTime) / r.held) : 0);
  clear(root, h('p', {}, t({ fi: 'Alkuhaastattelut, joiden määräpäivä oli viimeisten 12 kuukauden aikana: pidetyistä määräajassa (%).',
    sv: 'Inledande intervjuer med förfallodag under de senaste 12 månaderna: andel hållna i tid (%).',
    en: 'Initial interviews due in the last 12 months: share of those held that were held on time (%).' })));
  const names = rows.map(r => municipalityName(o, r.municipalityCode));
  await barChart(root, { label: t({ fi: 'Alkuhaastattelut ajallaan kunnittain', sv: 'Inledande intervjuer i tid per kommun',
    en: 'Initial interviews on time by municipality' }), labels: names, max: 100,
  datasets: [{ label: t({ fi: 'Ajallaan %', sv: 'I tid %', en: 'On time %' }), data: rows.map(share) }] });
  root.append(table(t({ fi: 'Alkuhaastattelut', sv: 'Inledande intervjuer', en: 'Initial interviews' }),
    [t({ fi: 'Kunta', sv: 'Kommun', en: 'Municipality' }), t({ fi: 'Pidetty', sv: 'Hållna', en: 'Held' }),
      t({ fi: 'Ajallaan', sv: 'I tid', en: 'On time' }), '%', t({ fi: 'Pitämättä, myöhässä', sv: 'Ej hållna, försenade', en: 'Not held, late' })],
    rows.map((r, i) => [names[i], String(r.held), String(r.onTime), String(share(r)), String(r.openLate)])));
}
