// Transfer to another unit, typically the multisectoral one, with the service need as the reason.
import { api, clear, field, form, saved, t } from '/console/shell/polku.js';
import { WORDS, unitName } from './texts.js';
import { text } from './catalogue.js';

export const available = page => !!page.openPeriod;

export default async function render(root, page) {
  const units = page.org.units.filter(u => u.id !== page.openPeriod.unit);
  clear(root, form([
    field({ name: 'unit', label: text('action-transfer.to-unit'), type: 'select', required: true,
      value: units.some(u => u.id === 'multisectoral') ? 'multisectoral' : undefined,
      options: units.map(u => ({ value: u.id, label: unitName(page.org, u.id) })) }),
    field({ name: 'reason', label: text('action-transfer.reason-service-need'), type: 'textarea', required: true }),
  ], text('action-transfer.transfer'), async values => {
    await api('v1/job-search-periods/' + page.openPeriod.id + '/transfer', { method: 'POST', body: values });
    saved(t(WORDS.saved));
    page.reload();
  }));
}
