// Customer search by name (last name, then first name, as beginnings) or by identity code.
import { api, ApiError, clear, field, form, h, heading, notice, showErrors, t, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';

// The last search, kept in memory only: an identity code must not end up in the address or the browser's history.
let lastQuery = '';

export default async function render(root, context) {
  const query = lastQuery;
  const results = h('div', { id: 'search-results' });
  const search = form([field({ name: 'q', label: t({ fi: 'Nimi tai henkilötunnus', sv: 'Namn eller personbeteckning', en: 'Name or identity code' }),
    value: query, hint: t({ fi: 'Esim. "Virtanen", "virt ai" tai koko henkilötunnus.', sv: 'T.ex. "Virtanen", "virt ai" eller hela personbeteckningen.',
      en: 'E.g. "Virtanen", "virt ai" or a whole identity code.' }) })],
  t({ fi: 'Hae', sv: 'Sök', en: 'Search' }), async values => {
    lastQuery = values.q || '';
    await show(lastQuery, results, search);
  });
  search.classList.add('search');
  search.setAttribute('role', 'search');
  clear(root, heading(t({ fi: 'Asiakashaku', sv: 'Kundsökning', en: 'Find a customer' })), search, results);
  if (query) {
    try {
      await show(query, results, search);
    } catch (e) {
      if (e instanceof ApiError) showErrors(search, e); else throw e;
    }
  }
}

async function show(query, results, search) {
  clear(results);
  let found;
  let o;
  try {
    [found, o] = await Promise.all([api('v1/customers?q=' + encodeURIComponent(query) + '&limit=50'), org()]);
  } catch (e) {
    // A too short or malformed search is the user's to fix: said beside the field, in the user's language.
    if (e instanceof ApiError && e.status === 400) {
      throw new ApiError(400, { message: e.message, fields: { q: t({ fi: 'Kirjoita vähintään kaksi kirjainta sukunimen alusta tai koko henkilötunnus.',
        sv: 'Skriv minst två bokstäver av efternamnet eller hela personbeteckningen.',
        en: 'Type at least two letters of the last name, or a whole identity code.' }) } });
    }
    throw e;
  }
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
