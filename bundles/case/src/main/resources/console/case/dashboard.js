// The dashboard: a grid of widgets that installed bundles contribute, for a period the user
// chooses (remembered in this browser); every figure leads to the people or tasks behind it.
import { clear, currentUser, h, heading, renderSlot } from '/console/shell/polku.js';
import { text } from './catalogue.js';

export const PERIODS = [3, 6, 12, 24];

/** The months a dashboard covers, as this user last chose. */
export function months() {
  const chosen = Number(localStorage.getItem('polku.dashboard.' + currentUser().username + '.months'));
  return PERIODS.includes(chosen) ? chosen : 12;
}

export default async function render(root, context) {
  const grid = h('div', { class: 'widgets', id: 'widgets' });
  const select = h('select', { id: 'dashboard-period' }, PERIODS.map(m => h('option', { value: String(m) }, text('dashboard.months', m))));
  select.value = String(months());
  const show = h('button', { type: 'button', class: 'secondary', id: 'dashboard-show', onclick: () => {
    localStorage.setItem('polku.dashboard.' + currentUser().username + '.months', select.value);
    render(root, context).then(() => select.focus());
  } }, text('dashboard.show'));
  clear(root, heading(text('dashboard.dashboard')),
    h('p', {}, text('dashboard.per-municipality-and-unit-aggregates-onl')),
    h('div', { class: 'search' }, h('div', { class: 'field' }, h('label', { for: 'dashboard-period' }, text('dashboard.period')), select), show),
    grid);
  await renderSlot('dashboard-widget', grid, { ...context, months: months() });
}
