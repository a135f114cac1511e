// The audit log: who did what, when; by action and actor, or one customer's whole trail.
import { api, clear, field, form, h, heading, navigate, person, ROLES, staffNames, t, table, fmtDateTime, notice } from '/console/shell/polku.js';

export default async function render(root, context) {
  const [mode, a, b] = context.args;
  const title = t({ fi: 'Lokitiedot', sv: 'Loggar', en: 'Audit log' });
  const results = h('div', { id: 'audit-results' });
  const search = form([
    field({ name: 'action', label: t({ fi: 'Tapahtuman tunniste', sv: 'Händelsens identifierare', en: 'Action id' }),
      value: mode === 'events' ? a || '' : '' }),
    field({ name: 'actor', label: t({ fi: 'Käyttäjä', sv: 'Användare', en: 'User' }), value: mode === 'events' ? b || '' : '' }),
  ], t({ fi: 'Hae tapahtumat', sv: 'Sök händelser', en: 'Search events' }),
  async v => navigate('#/admin-audit/events/' + encodeURIComponent(v.action || '') + '/' + encodeURIComponent(v.actor || '')));
  const byCustomer = form([field({ name: 'customer', label: t({ fi: 'Asiakkaan tunniste (UUID)', sv: 'Kundens id (UUID)', en: 'Customer id (UUID)' }),
    value: mode === 'customer' ? a || '' : '' })], t({ fi: 'Näytä asiakkaan loki', sv: 'Visa kundens logg', en: "Show the customer's trail" }),
  async v => navigate('#/admin-audit/customer/' + encodeURIComponent(v.customer || '')));
  clear(root, heading(title), h('h2', {}, t({ fi: 'Tapahtumat', sv: 'Händelser', en: 'Events' })), search,
    h('h2', {}, t({ fi: 'Yhden asiakkaan tiedot', sv: 'En kunds uppgifter', en: "One customer's data" })), byCustomer, results);
  const headers = [t({ fi: 'Aika', sv: 'Tid', en: 'Time' }), t({ fi: 'Käyttäjä', sv: 'Användare', en: 'User' }),
    t({ fi: 'Tapahtuma', sv: 'Händelse', en: 'Action' }), t({ fi: 'Tiedot', sv: 'Uppgifter', en: 'Detail' })];
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
      clear(results, table(t({ fi: `Tapahtumat (${events.length})`, sv: `Händelser (${events.length})`, en: `Events (${events.length})` }),
        [...headers, t({ fi: 'Asiakas', sv: 'Kund', en: 'Customer' })],
        events.map(e => [fmtDateTime(e.at), who(e), code(e.action), code(e.detail), code(e.customerId)])));
    } else if (mode === 'customer' && a) {
      const entries = await api('v1/audit/customers/' + encodeURIComponent(a));
      clear(results, table(t({ fi: 'Asiakkaan tietojen käsittely', sv: 'Behandling av kundens uppgifter', en: "Access to the customer's data" }),
        headers, entries.map(e => [fmtDateTime(e.at), who(e), code(e.action), code(e.detail)])));
    }
  } catch (e) {
    clear(results, notice('error', e.message));
  }
}
