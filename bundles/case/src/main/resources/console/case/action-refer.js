// Referral to a service: only the services the customer's home municipality offers now.
import { api, clear, field, form, notice, saved, t } from '/console/shell/polku.js';
import { WORDS } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, page) {
  const offers = await api('v1/modules/offers/' + encodeURIComponent(page.customer.municipalityCode));
  const available = offers.filter(o => o.available);
  const unavailable = offers.filter(o => o.status === 'NOT_INSTALLED');
  clear(root,
    ...unavailable.map(o => notice('info', o.serviceType + ': ' + text('action-refer.service-not-available-at-the-moment'))),
    available.length ? form([
      field({ name: 'serviceType', label: text('action-refer.service'), type: 'select', required: true,
        options: available.map(o => ({ value: o.serviceType, label: o.name || o.serviceType })) }),
      field({ name: 'purpose', label: text('action-refer.purpose-of-the-referral'), type: 'textarea', required: true,
        hint: text('action-refer.the-provider-sees-this-do-not-write-heal') }),
      field({ name: 'again', type: 'checkbox', label: text('action-refer.refer-even-though-the-customer-already-h') }),
    ], text('action-refer.refer'), async values => {
      await api('v1/customers/' + page.customer.id + '/referrals', { method: 'POST', body: values });
      saved(t(WORDS.saved));
      page.reload();
    }) : notice('info', text('action-refer.the-home-municipality-offers-no-services')));
}
