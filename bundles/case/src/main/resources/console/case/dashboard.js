// The dashboard: a grid of widgets that installed bundles contribute.
import { clear, h, heading, renderSlot, t } from '/console/shell/polku.js';

export default async function render(root, context) {
  const grid = h('div', { class: 'widgets', id: 'widgets' });
  clear(root, heading(t({ fi: 'Tilannekuva', sv: 'Lägesbild', en: 'Dashboard' })),
    h('p', {}, t({ fi: 'Kunnittain ja yksiköittäin. Luvut ovat koosteita; niissä ei näy henkilöitä.',
      sv: 'Per kommun och enhet. Siffrorna är sammanställningar utan personer.', en: 'Per municipality and unit. Aggregates only: no persons.' })),
    grid);
  await renderSlot('dashboard-widget', grid, context);
}
