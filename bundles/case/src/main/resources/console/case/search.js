// Customer search by name (last name, then first name, as beginnings) or by identity code.
import { api, ApiError, clear, field, form, h, heading, notice, showErrors, t, table } from '/console/shell/polku.js';
import { municipalityName, org } from './texts.js';
import { text } from './catalogue.js';

// The last search, kept in memory only: an identity code must not end up in the address or the browser's history.
let lastQuery = '';

export default async function render(root, context) {
  const query = lastQuery;
  const results = h('div', { id: 'search-results' });
  const search = form([field({ name: 'q', label: text('search.name-or-identity-code'),
    value: query, hint: text('search.e-g-virtanen-virt-ai-or-a-whole-identity') })],
  text('search.search'), async values => {
    lastQuery = values.q || '';
    await show(lastQuery, results, search);
  });
  search.classList.add('search');
  search.setAttribute('role', 'search');
  clear(root, heading(text('search.find-a-customer')), search, results);
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
      throw new ApiError(400, { message: e.message, fields: { q: text('search.type-at-least-two-letters-of-the-last-na') } });
    }
    throw e;
  }
  if (!found.length) {
    clear(results, notice('info', text('search.no-customers-found')));
    return;
  }
  clear(results, table(text('search.results', found.length),
    [text('search.name'), text('search.identity-code'),
      text('search.home-municipality')],
    found.map(c => [h('a', { href: '#/customer/' + c.id }, c.lastName + ', ' + c.firstName), c.identityCode,
      municipalityName(o, c.municipalityCode)])));
}
