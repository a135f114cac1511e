// Customer search: a name in any usual order, a birth date or an identity code; each result with
// what tells two people of the same name apart. The customers opened lately are offered first.
import { api, ApiError, clear, field, form, h, heading, notice, pagedList, person, showErrors, staffNames, t, table }
  from '/console/shell/polku.js';
import { municipalityName, org, unitName } from './texts.js';
import { text } from './catalogue.js';

// The last search, kept in memory only: an identity code must not end up in the address or the browser's history.
let lastQuery = '';

export default async function render(root) {
  const query = lastQuery;
  const results = h('div', { id: 'search-results' });
  const search = form([field({ name: 'q', label: text('search.name-or-identity-code'),
    value: query, hint: text('search.hint-name-birth-date-or-code') })],
  text('search.search'), async values => {
    lastQuery = values.q || '';
    await show(lastQuery, results);
  });
  search.classList.add('search');
  search.setAttribute('role', 'search');
  clear(root, heading(text('search.find-a-customer')), search, results);
  if (query) {
    try {
      await show(query, results);
    } catch (e) {
      if (e instanceof ApiError) showErrors(search, e); else throw e;
    }
  } else {
    await recent(results);
  }
}

/** The columns that tell people apart: birth year, post office, home municipality, job search and its unit, responsible worker. */
function columns(o, people) {
  return [
    { label: text('search.name'), cell: c => h('a', { href: '#/customer/' + c.id }, c.lastName + ', ' + c.firstName) },
    { label: text('search.born'), cell: c => String(c.birthYear) },
    { label: text('search.post-office'), cell: c => c.postOffice || '–' },
    { label: text('search.home-municipality'), cell: c => municipalityName(o, c.municipalityCode) },
    { label: text('search.job-search'), cell: c => text('search.job-search.' + c.jobSearch) + (c.unit ? ' · ' + unitName(o, c.unit) : '') },
    { label: text('search.responsible-worker'), cell: c => (c.responsibleWorker ? person(people, c.responsibleWorker) : '–') },
  ];
}

async function recent(results) {
  const [rows, o, people] = await Promise.all([api('v1/customers/recent'), org(), staffNames()]);
  if (!rows.length) return;
  const cols = columns(o, people);
  clear(results, table(text('search.opened-lately'), cols.map(c => c.label), rows.map(r => cols.map(c => c.cell(r)))));
}

async function show(query, results) {
  const [o, people] = await Promise.all([org(), staffNames()]);
  let failure = null;
  const list = pagedList({ key: 'customer-search', exportName: 'polku-customers', exportTitle: text('search.find-a-customer'), path: 'v1/customers', params: { q: query }, limit: 50,
    columns: columns(o, people), caption: page => text('search.results', page.total), empty: text('search.no-customers-found'),
    onError: e => { failure = e; return true; } });
  clear(results, list.element);
  await list.load();
  if (failure) {
    clear(results);
    // A too short or malformed search is the user's to fix: said beside the field, in the user's language.
    if (failure instanceof ApiError && failure.status === 400) {
      throw new ApiError(400, { message: failure.message, fields: { q: failure.fields.q || text('search.type-at-least-two-letters-of-the-last-na') } });
    }
    throw failure;
  }
}
