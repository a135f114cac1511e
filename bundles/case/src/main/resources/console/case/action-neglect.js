// Recording a neglect of the job search or of a service: what and when. The answer says what it
// would mean by the rules in force that day, and when the customer's hearing ends; the decision
// is made on the Laiminlyönnit tab once the customer has explained or the deadline has passed.
import { api, clear, field, form, fmtDate, saved, t, today } from '/console/shell/polku.js';
import { NEGLECT_KINDS, consequenceText } from './texts.js';
import { text } from './catalogue.js';

export const available = page => !!page.openPeriod;

export default async function render(root, page) {
  const p = page.openPeriod;
  const el = form([
    field({ name: 'kind', label: text('action-neglect.kind'), type: 'select', required: true,
      options: [{ value: '', label: '' }, ...Object.entries(NEGLECT_KINDS).map(([value, names]) => ({ value, label: t(names) }))] }),
    field({ name: 'occurredOn', label: text('action-neglect.occurred-on'), type: 'date', required: true, value: today() }),
    field({ name: 'description', label: text('action-neglect.what-happened'), type: 'textarea' }),
  ], text('action-neglect.record'), async values => {
    const n = await api('v1/job-search-periods/' + p.id + '/neglects', { method: 'POST', body: values });
    saved(text('action-neglect.recorded', fmtDate(n.hearingDeadline)) + ' ' + consequenceText(n.consequence));
    page.reload();
  }, { draft: 'neglect-' + p.id });
  el.id = 'neglect-form';
  clear(root, el);
}
