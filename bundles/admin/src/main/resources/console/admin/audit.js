// The audit log as an IT admin answers a data-subject request with it: whose data (by identity
// code, itself on record, or by name), which actions (by name), by whom, on which days; a page at
// a time, or the whole answer as a CSV file. The search stays in memory: never an identity code
// in the address or the browser's history.
import { ApiError, api, clear, download, field, form, h, heading, notice, pagedList, person, ROLES, showErrors, staffNames, t,
  table, fmtDateTime } from '/console/shell/polku.js';
import { text } from './catalogue.js';

/** The actions an IT admin searches by, named in the user's language; any other is shown as its code. */
export const ACTIONS = ['customer.read', 'customer.search', 'customer.search-by-identity-code', 'customer.reveal-identity-code',
  'customer.create', 'customer.contact-change', 'customer.contact-history', 'customer.responsible-worker', 'worklist.read',
  'period.read', 'period.end', 'interview.record', 'task.take', 'task.assign', 'journal.read', 'journal.write',
  'partner.referral-read', 'module.referral-read', 'module.identity-read', 'liability-list.read', 'appointment.read',
  'appointment.book', 'document.list', 'audit.read', 'audit.search-by-identity-code', 'module-mapping.change', 'bundle.install',
  'bundle.update', 'bundle.uninstall', 'account.create', 'account.update', 'account.deactivate', 'account.activate',
  'account.password-set', 'referral-event.retry', 'referral-event.close'];

let lastSearch = null;

export function actionName(action) {
  return ACTIONS.includes(action) ? text('audit.actions.' + action) : h('code', {}, action);
}

export default async function render(root, context) {
  const [mode, a, b] = context.args;
  if (mode === 'events' && (a || b)) {
    // An address with an action and a user (no personal data) opens that search.
    lastSearch = { action: a || null, actor: b || null };
  }
  const people = await staffNames();
  const s = lastSearch || {};
  const results = h('div', { id: 'audit-results' });
  const staff = Object.entries(people).sort((x, y) => x[1].localeCompare(y[1], 'fi'));
  const search = form([
    h('fieldset', {}, h('legend', {}, text('audit.whose-data')),
      field({ name: 'identityCode', label: text('audit.identity-code'), value: s.identityCode, hint: text('audit.identity-code-hint') }),
      field({ name: 'name', label: text('audit.name'), value: s.name, hint: text('audit.name-hint') })),
    field({ name: 'action', label: text('audit.action'), type: 'select', value: s.action || '',
      options: [{ value: '', label: text('audit.all-actions') }, ...ACTIONS.map(x => ({ value: x, label: text('audit.actions.' + x) }))
        .sort((x, y) => x.label.localeCompare(y.label, 'fi')),
      ...(s.action && !ACTIONS.includes(s.action) ? [{ value: s.action, label: s.action }] : [])] }),
    field({ name: 'actor', label: text('audit.user'), type: 'select', value: s.actor || '',
      options: [{ value: '', label: text('audit.all-users') }, ...staff.map(([username, name]) => ({ value: username, label: name })),
        ...(s.actor && !people[s.actor] ? [{ value: s.actor, label: s.actor }] : [])] }),
    field({ name: 'from', label: text('audit.from'), type: 'date', value: s.from }),
    field({ name: 'to', label: text('audit.to'), type: 'date', value: s.to }),
  ], text('audit.search-events'), async values => {
    lastSearch = values;
    await show(values, results, people);
  });
  search.id = 'audit-search';
  const byCustomer = form([field({ name: 'customer', label: text('audit.customer-id-uuid'),
    value: mode === 'customer' ? a || '' : '' })], text('audit.show-the-customer-s-trail'),
  async v => { location.hash = '#/admin-audit/customer/' + encodeURIComponent(v.customer || ''); });
  clear(root, heading(text('audit.audit-log')), h('h2', {}, text('audit.events')), search,
    h('h2', {}, text('audit.one-customer-s-data')), byCustomer, results);
  try {
    if (mode === 'customer' && a) {
      const entries = await api('v1/audit/customers/' + encodeURIComponent(a));
      clear(results, table(text('audit.access-to-the-customer-s-data'),
        [text('audit.time'), text('audit.user'), text('audit.action'), text('audit.detail')],
        entries.map(e => [fmtDateTime(e.at), who(people, e), actionName(e.action), code(e.detail)])));
    } else if (lastSearch) {
      await show(lastSearch, results, people);
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) showErrors(search, e); else clear(results, notice('error', e.message));
  }
}

function who(people, e) {
  return [person(people, e.actor), ' (', (e.actorRoles || '').split(',').filter(Boolean)
    .map(r => (ROLES[r.trim()] ? t(ROLES[r.trim()]) : r)).join(', '), ')'];
}

// Details are identifiers an IT admin searches by: shown as code.
function code(value) {
  return value ? h('code', {}, value) : '';
}

async function show(values, results, people) {
  const params = Object.fromEntries(Object.entries(values).filter(([, v]) => v));
  let failure = null;
  const list = pagedList({ key: 'audit', path: 'v1/audit/events', params,
    columns: [
      { label: text('audit.time'), cell: e => fmtDateTime(e.at) },
      { label: text('audit.user'), cell: e => who(people, e) },
      { label: text('audit.customer'), cell: e => (e.customerId ? h('a', { href: '#/admin-audit/customer/' + e.customerId },
        e.customerName || text('audit.customer')) : '') },
      { label: text('audit.action'), cell: e => actionName(e.action) },
      { label: text('audit.detail'), cell: e => code(e.detail) },
    ],
    caption: page => text('audit.events-count', page.total), empty: text('audit.no-events'),
    onError: e => { failure = e; return true; } });
  const csv = h('button', { type: 'button', class: 'secondary', id: 'audit-csv', onclick: async () => {
    try {
      await download('v1/audit/events.csv?' + new URLSearchParams(params), 'polku-audit.csv');
    } catch (e) {
      csv.after(notice('error', e instanceof ApiError ? e.message : String(e)));
    }
  } }, text('audit.download-csv'));
  clear(results, h('div', { class: 'actions' }, csv), list.element);
  await list.load();
  if (failure) {
    clear(results);
    throw failure;
  }
}
