// Registering a new job seeker: every field checked by the server at once, messages beside the fields.
import { api, announce, ApiError, clear, field, form, h, heading, navigate, notice, t } from '/console/shell/polku.js';
import { CHANNELS, LANGUAGES, org } from './texts.js';

export default async function render(root) {
  const o = await org();
  const title = t({ fi: 'Uusi työnhakija', sv: 'Ny arbetssökande', en: 'New job seeker' });
  const options = map => Object.entries(map).map(([value, names]) => ({ value, label: t(names) }));
  const registration = form([
    h('fieldset', {}, h('legend', {}, t({ fi: 'Henkilö', sv: 'Person', en: 'Person' })),
      field({ name: 'identityCode', label: t({ fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Identity code' }), required: true,
        hint: t({ fi: 'Muoto PPKKVV-NNNT. Demossa vain testitunnukset (yksilönumero 900–999).',
          sv: 'Formen DDMMÅÅ-NNNK. I demon endast testbeteckningar (individnummer 900–999).',
          en: 'Form DDMMYY-NNNC. The demo accepts test codes only (individual number 900–999).' }) }),
      field({ name: 'firstName', label: t({ fi: 'Etunimi', sv: 'Förnamn', en: 'First name' }), required: true, autocomplete: 'off' }),
      field({ name: 'lastName', label: t({ fi: 'Sukunimi', sv: 'Efternamn', en: 'Last name' }), required: true }),
      field({ name: 'municipalityCode', label: t({ fi: 'Kotikunta', sv: 'Hemkommun', en: 'Home municipality' }), type: 'select', required: true,
        options: [{ value: '', label: '' }, ...o.municipalities.map(m => ({ value: m.code, label: m.names.fi + (m.names.sv !== m.names.fi ? ' / ' + m.names.sv : '') }))] }),
      field({ name: 'language', label: t({ fi: 'Asiointikieli', sv: 'Kontaktspråk', en: 'Language of service' }), type: 'select', required: true,
        options: options(LANGUAGES), value: 'fi' })),
    h('fieldset', {}, h('legend', {}, t({ fi: 'Yhteystiedot', sv: 'Kontaktuppgifter', en: 'Contact details' })),
      field({ name: 'phone', label: t({ fi: 'Puhelin', sv: 'Telefon', en: 'Phone' }), type: 'tel' }),
      field({ name: 'email', label: t({ fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' }), type: 'email' }),
      field({ name: 'streetAddress', label: t({ fi: 'Katuosoite', sv: 'Gatuadress', en: 'Street address' }) }),
      field({ name: 'postalCode', label: t({ fi: 'Postinumero', sv: 'Postnummer', en: 'Postal code' }), inputmode: 'numeric' }),
      field({ name: 'postOffice', label: t({ fi: 'Postitoimipaikka', sv: 'Postanstalt', en: 'Post office' }) }),
      field({ name: 'preferredChannel', label: t({ fi: 'Ensisijainen yhteystapa', sv: 'Primärt kontaktsätt', en: 'Preferred contact channel' }),
        type: 'select', options: [{ value: '', label: '' }, ...options(CHANNELS)] })),
  ], t({ fi: 'Rekisteröi', sv: 'Registrera', en: 'Register' }), async values => {
    try {
      const created = await api('v1/customers', { method: 'POST', body: values });
      announce(t({ fi: 'Työnhakija rekisteröity.', sv: 'Arbetssökande registrerad.', en: 'Job seeker registered.' }));
      navigate('#/customer/' + created.id);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.existing) {
        const id = e.body.existing.split('/').pop();
        const summary = registration.querySelector('.form-summary');
        clear(summary, h('div', { class: 'notice notice-error', role: 'alert' },
          t({ fi: 'Henkilö on jo asiakkaana. ', sv: 'Personen är redan kund. ', en: 'This person is already a customer. ' }),
          h('a', { href: '#/customer/' + id }, t({ fi: 'Avaa asiakkaan tiedot', sv: 'Öppna kunden', en: 'Open the customer' }))));
        summary.focus();
        return;
      }
      throw e;
    }
  });
  registration.id = 'register-form';
  clear(root, heading(title), h('p', {}, t({ fi: 'Tähdellä (*) merkityt kentät ovat pakollisia.',
    sv: 'Fält markerade med asterisk (*) är obligatoriska.', en: 'Fields marked with an asterisk (*) are required.' })), registration);
}
