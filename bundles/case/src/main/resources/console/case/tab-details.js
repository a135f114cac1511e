// Contact details as registered.
import { h, t, fmtDateTime, clear, person, staffNames } from '/console/shell/polku.js';
import { CHANNELS, LANGUAGES, label } from './texts.js';

export default async function render(root, { customer: c }) {
  const people = await staffNames();
  const row = (names, value) => [h('dt', {}, t(names)), h('dd', {}, value || '–')];
  clear(root, h('dl', { class: 'facts' },
    row({ fi: 'Asiointikieli', sv: 'Kontaktspråk', en: 'Language of service' }, label(LANGUAGES, c.language)),
    row({ fi: 'Puhelin', sv: 'Telefon', en: 'Phone' }, c.phone),
    row({ fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' }, c.email),
    row({ fi: 'Osoite', sv: 'Adress', en: 'Address' }, [c.streetAddress, [c.postalCode, c.postOffice].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
    row({ fi: 'Ensisijainen yhteystapa', sv: 'Primärt kontaktsätt', en: 'Preferred contact channel' }, label(CHANNELS, c.preferredChannel)),
    row({ fi: 'Rekisteröity', sv: 'Registrerad', en: 'Registered' }, [fmtDateTime(c.createdAt), ' (', person(people, c.createdBy), ')'])));
}
