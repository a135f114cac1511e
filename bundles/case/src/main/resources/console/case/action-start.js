// Starting a job search: the rule set in force on the start date schedules the statutory steps.
import { api, announce, field, form, t, today, clear } from '/console/shell/polku.js';
import { WORDS } from './texts.js';
import { text } from './catalogue.js';

export const available = page => !page.openPeriod;

const STATUSES = { unemployed: { fi: 'Työtön', sv: 'Arbetslös', en: 'Unemployed' }, 'laid-off': { fi: 'Lomautettu', sv: 'Permitterad', en: 'Laid off' },
  'part-time': { fi: 'Osa-aikatyössä', sv: 'Deltidsarbete', en: 'Part-time work' }, 'in-service': { fi: 'Palvelussa', sv: 'I tjänst', en: 'In a service' },
  employed: { fi: 'Työssä', sv: 'I arbete', en: 'Employed' }, student: { fi: 'Opiskelija', sv: 'Studerande', en: 'Student' },
  other: { fi: 'Muu', sv: 'Annat', en: 'Other' } };

export default async function render(root, page) {
  clear(root, form([
    field({ name: 'start', label: text('action-start.start-of-the-job-search'), type: 'date',
      required: true, value: today() }),
    field({ name: 'status', label: text('action-start.labour-market-status'), type: 'select',
      required: true, value: 'unemployed', options: Object.entries(STATUSES).map(([value, n]) => ({ value, label: t(n) })) }),
    field({ name: 'integrationPlan', type: 'checkbox', label: text('action-start.the-customer-is-entitled-to-an-integrati') }),
  ], text('action-start.start-the-job-search'), async values => {
    await api('v1/customers/' + page.customer.id + '/job-search-periods', { method: 'POST', body: values });
    announce(t(WORDS.saved));
    page.reload();
  }));
}
