// The audit log: who did what, when; by action and actor, or one customer's whole trail.
import { api, clear, field, form, h, heading, navigate, person, ROLES, staffNames, t, table, fmtDateTime, notice } from '/console/shell/polku.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const [mode, a, b] = context.args;
  const title = text('audit.audit-log');
  const results = h('div', { id: 'audit-results' });
  const search = form([
    field({ name: 'action', label: text('audit.action-id'),
      value: mode === 'events' ? a || '' : '' }),
    field({ name: 'actor', label: text('audit.user'), value: mode === 'events' ? b || '' : '' }),
  ], text('audit.search-events'),
  async v => navigate('#/admin-audit/events/' + encodeURIComponent(v.action || '') + '/' + encodeURIComponent(v.actor || '')));
  const byCustomer = form([field({ name: 'customer', label: text('audit.customer-id-uuid'),
    value: mode === 'customer' ? a || '' : '' })], text('audit.show-the-customer-s-trail'),
  async v => navigate('#/admin-audit/customer/' + encodeURIComponent(v.customer || '')));
  clear(root, heading(title), h('h2', {}, text('audit.events')), search,
    h('h2', {}, text('audit.one-customer-s-data')), byCustomer, results);
  const headers = [text('audit.time'), text('audit.user'),
    text('audit.action'), text('audit.detail')];
  // Actions and details are identifiers an IT admin searches by: shown as code. People are shown by name.
  const people = await staffNames();
  const who = e => [person(people, e.actor), ' (', (e.actorRoles || '').split(',').filter(Boolean).map(r => ROLES[r.trim()] ? t(ROLES[r.trim()]) : r).join(', '), ')'];
  const code = text => text ? h('code', {}, text) : '';
  try {
    if (mode === 'events') {
      const q = new URLSearchParams({ limit: '200' });
      if (a) q.set('action', a);
      if (b) q.set('actor', b);
      const events = await api('v1/audit/events?' + q);
      clear(results, table(text('audit.events-count', events.length),
        [...headers, text('audit.customer')],
        events.map(e => [fmtDateTime(e.at), who(e), code(e.action), code(e.detail), code(e.customerId)])));
    } else if (mode === 'customer' && a) {
      const entries = await api('v1/audit/customers/' + encodeURIComponent(a));
      clear(results, table(text('audit.access-to-the-customer-s-data'),
        headers, entries.map(e => [fmtDateTime(e.at), who(e), code(e.action), code(e.detail)])));
    }
  } catch (e) {
    clear(results, notice('error', e.message));
  }
}
