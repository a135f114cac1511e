// Referral to a service: only the services the customer's home municipality offers now.
import { api, announce, clear, field, form, notice, t } from '/console/shell/polku.js';
import { WORDS } from './texts.js';

export default async function render(root, page) {
  const offers = await api('v1/modules/offers/' + encodeURIComponent(page.customer.municipalityCode));
  const available = offers.filter(o => o.available);
  const unavailable = offers.filter(o => o.status === 'NOT_INSTALLED');
  clear(root,
    ...unavailable.map(o => notice('info', o.serviceType + ': ' + t({ fi: 'Palvelu ei ole juuri nyt käytettävissä.',
      sv: 'Tjänsten är inte tillgänglig just nu.', en: 'Service not available at the moment.' }))),
    available.length ? form([
      field({ name: 'serviceType', label: t({ fi: 'Palvelu', sv: 'Tjänst', en: 'Service' }), type: 'select', required: true,
        options: available.map(o => ({ value: o.serviceType, label: o.name || o.serviceType })) }),
      field({ name: 'purpose', label: t({ fi: 'Ohjauksen tarkoitus', sv: 'Syftet med hänvisningen', en: 'Purpose of the referral' }), type: 'textarea', required: true,
        hint: t({ fi: 'Palveluntuottaja näkee tämän. Älä kirjoita terveystietoja.', sv: 'Tjänsteproducenten ser detta. Skriv inga hälsouppgifter.',
          en: 'The provider sees this. Do not write health information.' }) }),
      field({ name: 'again', type: 'checkbox', label: t({ fi: 'Ohjaa, vaikka asiakkaalla on jo avoin ohjaus samaan palveluun',
        sv: 'Hänvisa även om kunden redan har en öppen hänvisning till samma tjänst',
        en: 'Refer even though the customer already has an open referral to the same service' }) }),
    ], t({ fi: 'Ohjaa', sv: 'Hänvisa', en: 'Refer' }), async values => {
      await api('v1/customers/' + page.customer.id + '/referrals', { method: 'POST', body: values });
      announce(t(WORDS.saved));
      page.reload();
    }) : notice('info', t({ fi: 'Asiakkaan kotikunnassa ei ole nyt palveluja, joihin ohjata.', sv: 'Kundens hemkommun har nu inga tjänster att hänvisa till.',
      en: 'The home municipality offers no services to refer to now.' })));
}
