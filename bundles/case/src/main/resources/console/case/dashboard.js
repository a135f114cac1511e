// The dashboard: a grid of widgets that installed bundles contribute.
import { clear, h, heading, renderSlot, t } from '/console/shell/polku.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const grid = h('div', { class: 'widgets', id: 'widgets' });
  clear(root, heading(text('dashboard.dashboard')),
    h('p', {}, text('dashboard.per-municipality-and-unit-aggregates-onl')),
    grid);
  await renderSlot('dashboard-widget', grid, context);
}
