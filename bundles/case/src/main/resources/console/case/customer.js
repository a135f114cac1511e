// A customer's page: who, the open job search at a glance, the actions and the tabs that the
// installed bundles contribute for the customer's home municipality.
import { api, ApiError, announce, clear, contributions, h, heading, loading, notice, renderContribution, t, tabs, fmtDate }
  from '/console/shell/polku.js';
import { municipalityName, org, unitName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const id = context.args[0];
  clear(root, loading());
  let customer;
  try {
    customer = await api('v1/customers/' + encodeURIComponent(id || ''));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      clear(root, heading(text('customer.customer')), notice('error', e.message));
      return;
    }
    throw e;
  }
  const [periods, o, actions, tabList] = await Promise.all([
    api('v1/customers/' + id + '/job-search-periods'), org(),
    contributions('case-action', customer.municipalityCode), contributions('customer-tab', customer.municipalityCode)]);
  const open = periods.find(p => !p.endDate) || null;
  // After an action the page is drawn anew; focus goes back to its heading, never lost to the body.
  const page = { ...context, customer, periods, openPeriod: open, org: o,
    reload: () => render(root, context).then(() => root.querySelector('h1')?.focus()) };

  const code = h('span', { id: 'identity-code' }, customer.identityCode);
  const reveal = h('button', { type: 'button', class: 'secondary', id: 'reveal-identity-code', onclick: async () => {
    const full = await api('v1/customers/' + id + '/identity-code');
    code.textContent = full.identityCode;
    reveal.remove();
    announce(text('customer.identity-code-shown-the-viewing-was-logg'));
  } }, text('customer.show-identity-code'));

  const summary = h('dl', { class: 'facts' },
    h('dt', {}, text('customer.identity-code')), h('dd', {}, code, ' ', reveal),
    h('dt', {}, text('customer.home-municipality')), h('dd', {}, municipalityName(o, customer.municipalityCode)),
    h('dt', {}, text('customer.job-search')),
    h('dd', {}, open ? text('customer.open-since') + fmtDate(open.start) + ' · ' + unitName(o, open.unit)
      : text('customer.not-open')));

  const actionPanel = h('section', { id: 'action-panel' });
  const actionBar = h('div', { class: 'actions', role: 'group', 'aria-label': text('customer.actions') });
  for (const action of actions) {
    let module;
    try { module = await import(action.script); } catch (e) { continue; }
    if (module.available && !module.available(page)) continue;
    actionBar.append(h('button', { type: 'button', class: 'secondary', 'data-contribution': action.id, onclick: () => {
      clear(actionPanel, h('h2', { tabindex: '-1' }, t(action.labels)), h('div', {}, loading()));
      renderContribution(action, actionPanel.lastChild, { ...page, close: () => clear(actionPanel) })
        .then(() => actionPanel.querySelector('input, select, textarea')?.focus());
    } }, t(action.labels)));
  }
  const tabArea = h('div', { id: 'customer-tabs' });
  clear(root, heading(customer.lastName + ', ' + customer.firstName), summary, actionBar, actionPanel, tabArea);
  tabs(tabList, tabArea, { ...page, tabsLabel: text('customer.customer-information'),
    initialTab: context.args[1], onSelect: id => { context.args[1] = id; } });
}
