// Starting a job search: the rule set in force on the start date schedules the statutory steps.
import { api, clear, field, form, saved, t, today } from '/console/shell/polku.js';
import { WORDS } from './texts.js';
import { names, text } from './catalogue.js';

export const available = page => !page.openPeriod;

const STATUSES = { unemployed: names('action-start.statuses.unemployed'), 'laid-off': names('action-start.statuses.laid-off'),
  'part-time': names('action-start.statuses.part-time'), 'in-service': names('action-start.statuses.in-service'),
  employed: names('action-start.statuses.employed'), student: names('action-start.statuses.student'),
  other: names('action-start.statuses.other') };

export default async function render(root, page) {
  clear(root, form([
    field({ name: 'start', label: text('action-start.start-of-the-job-search'), type: 'date',
      required: true, value: today() }),
    field({ name: 'status', label: text('action-start.labour-market-status'), type: 'select',
      required: true, value: 'unemployed', options: Object.entries(STATUSES).map(([value, n]) => ({ value, label: t(n) })) }),
    field({ name: 'integrationPlan', type: 'checkbox', label: text('action-start.the-customer-is-entitled-to-an-integrati') }),
  ], text('action-start.start-the-job-search'), async values => {
    await api('v1/customers/' + page.customer.id + '/job-search-periods', { method: 'POST', body: values });
    saved(t(WORDS.saved));
    page.reload();
  }));
}
