// Customer search by name (last name, then first name, as beginnings) or by identity code.
import { api, clear, field, form, h, heading, notice, t, table, navigate } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';

export default async function render(root, context) {
  const query = context.args[0] || '';
  const results = h('div', { id: 'search-results' });
  const search = form([field({ name: 'q', label: t({ fi: 'Nimi tai henkilötunnus', sv: 'Namn eller personbeteckning', en: 'Name or identity code' }),
    value: query, hint: t({ fi: 'Esim. "Virtanen", "virt ai" tai koko henkilötunnus.', sv: 'T.ex. "Virtanen", "virt ai" eller hela personbeteckningen.',
      en: 'E.g. "Virtanen", "virt ai" or a whole identity code.' }) })],
  t({ fi: 'Hae', sv: 'Sök', en: 'Search' }), async values => navigate('#/customers/' + encodeURIComponent(values.q || '')));
  search.classList.add('search');
  search.setAttribute('role', 'search');
  clear(root, heading(t({ fi: 'Asiakashaku', sv: 'Kundsökning', en: 'Find a customer' })), search, results);
  if (!query) return;
  const [found, o] = await Promise.all([api('v1/customers?q=' + encodeURIComponent(query) + '&limit=50'), org()]);
  if (!found.length) {
    clear(results, notice('info', t({ fi: 'Hakuehdolla ei löytynyt asiakkaita.', sv: 'Inga kunder hittades.', en: 'No customers found.' })));
    return;
  }
  clear(results, table(t({ fi: `Hakutulokset (${found.length})`, sv: `Sökresultat (${found.length})`, en: `Results (${found.length})` }),
    [t({ fi: 'Nimi', sv: 'Namn', en: 'Name' }), t({ fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Identity code' }),
      t({ fi: 'Kotikunta', sv: 'Hemkommun', en: 'Home municipality' })],
    found.map(c => [h('a', { href: '#/customer/' + c.id }, c.lastName + ', ' + c.firstName), c.identityCode,
      municipalityName(o, c.municipalityCode)])));
}
