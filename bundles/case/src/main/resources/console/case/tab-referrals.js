// The customer's referrals to service modules and where each stands.
import { api, clear, h, notice, t, table, fmtDateTime, serviceName } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';

export const STATES = { referred: names('tab-referrals.states.referred'), accepted: names('tab-referrals.states.accepted'),
  declined: names('tab-referrals.states.declined'), started: names('tab-referrals.states.started'),
  completed: names('tab-referrals.states.completed'), interrupted: names('tab-referrals.states.interrupted') };

export default async function render(root, { customer }) {
  const [list, offers] = await Promise.all([api('v1/customers/' + customer.id + '/referrals'),
    api('v1/modules/offers/' + encodeURIComponent(customer.municipalityCode)).catch(() => [])]);
  // The module's name as the customer's municipality offers it; the service's name when the module is not offered there now.
  const moduleName = r => (offers.find(o => o.moduleId === r.moduleId) || {}).name || serviceName(r.serviceType);
  clear(root, list.length ? table(text('tab-referrals.referrals'),
    [text('tab-referrals.service'), text('tab-referrals.purpose'), text('tab-referrals.state'),
      text('tab-referrals.note'), text('tab-referrals.updated')],
    list.map(r => [moduleName(r), r.purpose || '', t(STATES[r.state] || { fi: r.state }), r.note || '',
      fmtDateTime(r.updatedAt || r.createdAt)]))
    : notice('info', text('tab-referrals.no-referrals')));
}
