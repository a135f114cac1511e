// A customer's page: who, the open job search at a glance, the actions and the tabs that the
// installed bundles contribute for the customer's home municipality.
import { api, ApiError, announce, clear, contributions, h, heading, loading, notice, renderContribution, t, tabs, fmtDate }
  from '/console/shell/polku.js';
import { municipalityName, org, unitName } from './texts.js';

export default async function render(root, context) {
  const id = context.args[0];
  clear(root, loading());
  let customer;
  try {
    customer = await api('v1/customers/' + encodeURIComponent(id || ''));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      clear(root, heading(t({ fi: 'Asiakas', sv: 'Kund', en: 'Customer' })), notice('error', e.message));
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
    announce(t({ fi: 'Henkilötunnus näytetty; katselu kirjattiin lokiin.', sv: 'Personbeteckningen visad; visningen loggades.',
      en: 'Identity code shown; the viewing was logged.' }));
  } }, t({ fi: 'Näytä henkilötunnus', sv: 'Visa personbeteckningen', en: 'Show identity code' }));

  const summary = h('dl', { class: 'facts' },
    h('dt', {}, t({ fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Identity code' })), h('dd', {}, code, ' ', reveal),
    h('dt', {}, t({ fi: 'Kotikunta', sv: 'Hemkommun', en: 'Home municipality' })), h('dd', {}, municipalityName(o, customer.municipalityCode)),
    h('dt', {}, t({ fi: 'Työnhaku', sv: 'Arbetssökning', en: 'Job search' })),
    h('dd', {}, open ? t({ fi: 'voimassa ', sv: 'pågår sedan ', en: 'open since ' }) + fmtDate(open.start) + ' · ' + unitName(o, open.unit)
      : t({ fi: 'ei voimassa', sv: 'inte aktiv', en: 'not open' })));

  const actionPanel = h('section', { id: 'action-panel' });
  const actionBar = h('div', { class: 'actions', role: 'group', 'aria-label': t({ fi: 'Toiminnot', sv: 'Åtgärder', en: 'Actions' }) });
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
  tabs(tabList, tabArea, { ...page, tabsLabel: t({ fi: 'Asiakkaan tiedot', sv: 'Kundens uppgifter', en: 'Customer information' }),
    initialTab: context.args[1], onSelect: id => { context.args[1] = id; } });
}
