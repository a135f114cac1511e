// A customer's page: a banner that says who this is on every tab (name, age, municipality, unit,
// responsible worker, language and interpreter, the next step due, flags), the actions and the
// tabs the installed bundles contribute for the customer's home municipality. The tab is in the
// address, so a reload or a shared link opens the same tab.
import { api, ApiError, announce, clear, contributions, h, hasRole, heading, loading, notice, person, renderContribution, saved,
  staffNames, t, tabs, fmtDate } from '/console/shell/polku.js';
import { WORDS, languageName, municipalityName, org, stepName, unitName } from './texts.js';
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
  const [periods, o, actions, tabList, people, position] = await Promise.all([
    api('v1/customers/' + id + '/job-search-periods'), org(),
    contributions('case-action', customer.municipalityCode), contributions('customer-tab', customer.municipalityCode),
    staffNames(), api('v1/customers/' + id + '/labour-market-position').catch(() => null)]);
  const open = periods.find(p => !p.endDate) || null;
  // After an action the page is drawn anew; focus goes back to its heading, never lost to the body.
  const page = { ...context, customer, periods, openPeriod: open, org: o, people,
    reload: () => render(root, context).then(() => root.querySelector('h1')?.focus()) };

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
  clear(root, banner(page, position), actionBar, actionPanel, tabArea);
  tabs(tabList, tabArea, { ...page, tabsLabel: text('customer.customer-information'),
    initialTab: context.args[1], onSelect: tab => {
      if (context.args[1] === undefined) { context.args[1] = tab; return; } // the first tab shown: the address stays as it was
      context.args[1] = tab;
      // The tab in the address without a new history entry or a new drawing of the page.
      history.replaceState(null, '', '#/customer/' + encodeURIComponent(id) + '/' + encodeURIComponent(tab));
    } });
}

/** Who this is, at a glance and on every tab. */
function banner({ customer: c, openPeriod: open, org: o, people, reload }, position) {
  const code = h('span', { id: 'identity-code' }, c.identityCode);
  const reveal = h('button', { type: 'button', class: 'secondary', id: 'reveal-identity-code', onclick: async () => {
    const full = await api('v1/customers/' + c.id + '/identity-code');
    code.textContent = full.identityCode;
    reveal.remove();
    announce(text('customer.identity-code-shown-the-viewing-was-logg'));
  } }, text('customer.show-identity-code'));
  const next = open ? open.timeline.filter(s => s.state === 'open').sort((a, b) => a.due.localeCompare(b.due))[0] : null;
  const overdue = open ? open.timeline.filter(s => s.state === 'open' && s.overdue).length : 0;
  const fact = (key, value, idName) => h('div', {}, h('dt', {}, text(key)), h('dd', { id: idName }, value));
  const language = c.language === 'other' ? languageName(c.motherTongue) : languageName(c.language);
  const flags = [
    overdue ? [text('customer.flag.overdue', overdue), true] : null,
    c.age < 30 ? [text('customer.flag.under-30'), false] : null,
    c.age >= 55 ? [text('customer.flag.55-or-over'), false] : null,
    c.interpreterNeeded ? [text('customer.flag.interpreter'), true] : null,
    open && open.integrationPlan ? [text('customer.flag.integration-plan'), false] : null,
    open && open.unit === 'multisectoral' ? [text('customer.flag.multisectoral'), false] : null,
    position && position.weaker ? [text('customer.flag.weaker-position'), false] : null,
  ].filter(Boolean);
  return h('section', { class: 'banner', id: 'customer-banner', 'aria-label': text('customer.banner') },
    heading(c.lastName + ', ' + c.firstName),
    h('dl', { class: 'facts' },
      fact('customer.age', text('customer.years', c.age), 'banner-age'),
      fact('customer.identity-code', [code, ' ', reveal]),
      fact('customer.home-municipality', municipalityName(o, c.municipalityCode)),
      fact('customer.job-search', open ? text('customer.open-since') + fmtDate(open.start) + ' · ' + unitName(o, open.unit)
        : text('customer.not-open')),
      fact('customer.responsible-worker', [c.responsibleWorker ? person(people, c.responsibleWorker) : text('customer.nobody-named'),
        hasRole('unit-lead') ? [' ', responsibleChooser(c, o, people, reload)] : null], 'banner-responsible'),
      fact('customer.language', language + (c.interpreterNeeded ? ' · ' + text('customer.interpreter-needed') : '')),
      fact('customer.next-step', next ? [stepName(next.step), ' ', t(WORDS.due).toLowerCase(), ' ', fmtDate(next.due),
        next.overdue ? [' ', h('span', { class: 'badge badge-overdue' }, t(WORDS.overdue))] : null] : '–', 'banner-next-step')),
    flags.length ? h('ul', { class: 'flags', 'aria-label': text('customer.flags') },
      flags.map(([label, warning]) => h('li', { class: 'flag' + (warning ? ' flag-warning' : '') }, label))) : null);
}

/** A unit lead names the customer's responsible caseworker. */
function responsibleChooser(c, o, people, reload) {
  const workers = o.caseworkers.map(w => w.username).sort((a, b) => String(people[a] || a).localeCompare(people[b] || b, 'fi'));
  const select = h('select', { id: 'responsible-worker', 'aria-label': text('customer.responsible-worker') },
    h('option', { value: '' }, text('customer.nobody-named')), workers.map(w => h('option', { value: w }, people[w] || w)));
  select.value = c.responsibleWorker || '';
  const error = h('span', { role: 'alert' });
  const button = h('button', { type: 'button', class: 'secondary', id: 'set-responsible-worker', onclick: async () => {
    try {
      await api('v1/customers/' + c.id + '/responsible-worker', { method: 'PUT', body: { worker: select.value || null } });
      saved(text('customer.responsible-worker-saved', select.value ? people[select.value] || select.value : text('customer.nobody-named')));
      await reload();
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : String(e);
    }
  } }, text('customer.change'));
  return h('span', { class: 'inline-form' }, select, ' ', button, error);
}
