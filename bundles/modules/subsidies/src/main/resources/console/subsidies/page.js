// Subsidies and compensations: the balances per kind, the pending queue (companies and
// apprenticeships first) and a new application at #/<page>; one application at #/<page>/<id>.
import { api, ApiError, announce, clear, field, fmtDate, form, h, hasRole, heading, loading, navigate, notice, t, table }
  from '/console/shell/polku.js';
import { renderApplication } from './application.js';
import { appropriations, balanceTable, centsOf, EMPLOYER_KINDS, euros, kindName, KINDS, localized, TO_EMPLOYER, WORDS } from './texts.js';

export const TITLE = { fi: 'Tuet ja korvaukset', sv: 'Stöd och ersättningar', en: 'Subsidies and compensations' };

export default async function render(root, context) {
  const id = context.args[0];
  if (id) {
    await renderApplication(root, context, id);
    return;
  }
  await renderOverview(root, context);
}

async function renderOverview(root, context) {
  const pageId = context.contribution.id;
  clear(root, heading(t(TITLE)), loading());
  const [rows, pending] = await Promise.all([appropriations(), api('v1/subsidies/applications?status=pending&limit=200')]);
  const year = rows.length ? rows[0].year : new Date().getFullYear();

  const balances = h('section', { id: 'subsidy-balances', 'aria-labelledby': 'subsidy-balances-title' },
    h('h2', { id: 'subsidy-balances-title' }, t({ fi: `Määrärahat ${year}`, sv: `Anslag ${year}`, en: `Appropriations ${year}` })),
    balanceTable(rows, t({ fi: `Määrärahojen tilanne ${year} tuittain`, sv: `Anslagens läge ${year} per stöd`,
      en: `The ${year} appropriations by subsidy` })));

  if (hasRole('unit-lead')) balances.append(appropriationForm(year, rows, root, context));

  const queue = h('section', { id: 'subsidy-queue', 'aria-labelledby': 'subsidy-queue-title' },
    h('h2', { id: 'subsidy-queue-title' }, t({ fi: `Päätöstä odottavat hakemukset (${pending.length})`,
      sv: `Ansökningar som väntar på beslut (${pending.length})`, en: `Applications awaiting a decision (${pending.length})` })),
    h('p', {}, t({ fi: 'Yritysten ja oppisopimusten hakemukset ovat jonossa ensin, muuten vanhin ensin.',
      sv: 'Ansökningar från företag och för läroavtal står först i kön, annars den äldsta först.',
      en: 'Applications from companies and for apprenticeships come first, then the oldest first.' })),
    pending.length ? queueTable(pending, pageId)
      : notice('info', t({ fi: 'Päätöstä odottavia hakemuksia ei ole.', sv: 'Inga ansökningar väntar på beslut.',
        en: 'No applications are awaiting a decision.' })));

  const create = h('section', { id: 'subsidy-new', 'aria-labelledby': 'subsidy-new-title' },
    h('h2', { id: 'subsidy-new-title' }, t({ fi: 'Uusi hakemus', sv: 'Ny ansökan', en: 'New application' })),
    h('p', {}, t({ fi: 'Tähdellä (*) merkityt kentät ovat pakollisia. Lomake näyttää vain valitun tuen kysymät tiedot.',
      sv: 'Fält markerade med asterisk (*) är obligatoriska. Formuläret visar bara de uppgifter som det valda stödet kräver.',
      en: 'Fields marked with an asterisk (*) are required. The form shows only what the chosen subsidy asks for.' })));
  const applicationForm = newApplicationForm(pageId);
  create.append(customerLookup(applicationForm), applicationForm);

  clear(root, heading(t(TITLE)), balances, queue, create);
}

/** A unit lead sets or raises a kind's appropriation for the year (never below what is committed). */
function appropriationForm(year, rows, root, context) {
  const messages = { amountCents: { fi: 'Anna määräraha euroina, esim. 250 000,00.', sv: 'Ange anslaget i euro, t.ex. 250 000,00.',
    en: 'Give the appropriation in euros, e.g. 250,000.00.' } };
  // This year and the next: money is committed from the year a subsidy starts, which may be next year.
  const set = form([
    field({ name: 'appropriationYear', type: 'select', required: true, label: t({ fi: 'Vuosi', sv: 'År', en: 'Year' }),
      options: [year, year + 1].map(y => ({ value: String(y), label: String(y) })) }),
    // Names of their own: the new-application form below on the same page has its own "kind".
    field({ name: 'appropriationKind', type: 'select', required: true, label: t({ fi: 'Tuki', sv: 'Stöd', en: 'Subsidy' }),
      options: Object.keys(KINDS).map(k => ({ value: k, label: kindName(k) })) }),
    field({ name: 'appropriationAmount', required: true, inputmode: 'decimal', label: t({ fi: 'Määräraha (€)', sv: 'Anslag (€)',
      en: 'Appropriation (€)' }) }),
  ], t({ fi: 'Aseta määräraha', sv: 'Fastställ anslaget', en: 'Set the appropriation' }), async values => {
    const amountCents = centsOf(values, 'appropriationAmount', { appropriationAmount: messages.amountCents });
    try {
      await api(`v1/subsidies/appropriations/${values.appropriationYear}/${values.appropriationKind}`, { method: 'PUT', body: { amountCents } });
    } catch (e) {
      const refusal = localized(e, { amountCents: messages.amountCents });
      throw refusal.fields && refusal.fields.amountCents
        ? new ApiError(400, { ...refusal.body, fields: { appropriationAmount: refusal.fields.amountCents } }) : refusal;
    }
    announce(t({ fi: 'Määräraha tallennettu.', sv: 'Anslaget sparat.', en: 'Appropriation saved.' }));
    render(root, context);
  });
  set.id = 'appropriation-form';
  return h('div', {}, h('h3', {}, t({ fi: 'Määrärahan asettaminen', sv: 'Fastställa anslag', en: 'Setting an appropriation' })), set);
}

function queueTable(pending, pageId) {
  const why = a => (a.apprenticeship ? t({ fi: 'Kyllä: oppisopimus', sv: 'Ja: läroavtal', en: 'Yes: apprenticeship' })
    : a.priority ? t({ fi: 'Kyllä: yritys', sv: 'Ja: företag', en: 'Yes: company' }) : t(WORDS.no));
  const check = a => (a.ruleCheck.length
    ? t({ fi: `Huomautuksia: ${a.ruleCheck.length}`, sv: `Anmärkningar: ${a.ruleCheck.length}`, en: `Remarks: ${a.ruleCheck.length}` })
    : t({ fi: 'Ei esteitä', sv: 'Inga hinder', en: 'No obstacles' }));
  return table(t({ fi: 'Päätöstä odottavat hakemukset, etusijalla olevat ensin', sv: 'Ansökningar som väntar på beslut, de med förtur först',
    en: 'Applications awaiting a decision, priority first' }),
  [t({ fi: 'Hakemus', sv: 'Ansökan', en: 'Application' }), t(WORDS.employer), t(WORDS.requested), t(WORDS.start), t(WORDS.priority),
    t({ fi: 'Sääntötarkistus', sv: 'Regelkontroll', en: 'Rule check' })],
  pending.map(a => [
    h('a', { href: `#/${pageId}/${a.id}`, 'data-application': a.id }, kindName(a.kind) + ', '
      + t({ fi: 'saapunut ', sv: 'inkommen ', en: 'received ' }) + fmtDate(a.createdAt)),
    a.employerName ? `${a.employerName} (${a.employerBusinessId})` : t(WORDS.paidToPerson),
    euros(a.requestedCents), fmtDate(a.startDate), why(a), check(a)]));
}

// ---- a new application ----------------------------------------------------------------------

const YES_NO = () => [{ value: '', label: '' }, { value: 'true', label: t({ fi: 'Kyllä, päätoimisesti', sv: 'Ja, på heltid', en: 'Yes, full-time' }) },
  { value: 'false', label: t({ fi: 'Ei, sivutoimisesti', sv: 'Nej, på deltid', en: 'No, part-time' }) }];

/** Localized messages for the server's field names; the server's own (English) text is shown to English users. */
const FIELD_MESSAGES = {
  kind: { fi: 'Valitse tuki tai korvaus.', sv: 'Välj stöd eller ersättning.', en: '' },
  customerId: { fi: 'Anna asiakkaan tunniste (hae asiakas yllä).', sv: 'Ange kundens id (sök kunden ovan).', en: '' },
  requestedCents: { fi: 'Anna haettu määrä euroina, esim. 12 500,00 (enintään 10 000 000 €).',
    sv: 'Ange det sökta beloppet i euro, t.ex. 12 500,00 (högst 10 000 000 €).', en: '' },
  months: { fi: 'Anna tuen kesto kuukausina (1–120).', sv: 'Ange stödets längd i månader (1–120).', en: '' },
  startDate: { fi: 'Anna tuen ensimmäinen päivä.', sv: 'Ange stödets första dag.', en: '' },
  employerBusinessId: { fi: 'Tarkista Y-tunnus: muoto 1234567-8 ja oikea tarkistusnumero.',
    sv: 'Kontrollera FO-numret: formen 1234567-8 och rätt kontrollsiffra.', en: '' },
  employerName: { fi: 'Anna työnantajan nimi (enintään 200 merkkiä).', sv: 'Ange arbetsgivarens namn (högst 200 tecken).', en: '' },
  employerKind: { fi: 'Valitse työnantajan tyyppi.', sv: 'Välj typ av arbetsgivare.', en: '' },
  apprenticeship: { fi: 'Oppisopimus kysytään vain palkkatuessa.', sv: 'Läroavtal frågas bara för lönesubvention.', en: '' },
  birthDate: { fi: 'Anna syntymäaika; sen on oltava ennen tuen alkamispäivää.', sv: 'Ange födelsedatum; det ska vara före stödets första dag.', en: '' },
  fullTime: { fi: 'Kerro, onko yritystoiminta päätoimista.', sv: 'Ange om företagsverksamheten bedrivs på heltid.', en: '' },
};

const AMOUNT_MESSAGE = { requestedCents: { fi: FIELD_MESSAGES.requestedCents.fi, sv: FIELD_MESSAGES.requestedCents.sv,
  en: 'Give the amount applied for in euros, e.g. 12500.00 (at most 10,000,000 €).' } };

function newApplicationForm(pageId) {
  const options = map => [{ value: '', label: '' }, ...Object.entries(map).map(([value, names]) => ({ value, label: t(names) }))];
  const kind = field({ name: 'kind', label: t(WORDS.kind), type: 'select', required: true, options: options(KINDS) });
  const employer = h('fieldset', { 'data-for': TO_EMPLOYER.join(' ') }, h('legend', {}, t(WORDS.employer)),
    field({ name: 'employerBusinessId', label: t({ fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' }), required: true,
      hint: t({ fi: 'Muoto 1234567-8.', sv: 'Formen 1234567-8.', en: 'Form 1234567-8.' }) }),
    field({ name: 'employerName', label: t({ fi: 'Työnantajan nimi', sv: 'Arbetsgivarens namn', en: 'Employer name' }), required: true }),
    field({ name: 'employerKind', label: t({ fi: 'Työnantajan tyyppi', sv: 'Typ av arbetsgivare', en: 'Kind of employer' }), type: 'select',
      required: true, options: options(EMPLOYER_KINDS) }),
    conditional(field({ name: 'apprenticeship', type: 'checkbox', label: t({ fi: 'Oppisopimuskoulutus', sv: 'Läroavtalsutbildning',
      en: 'Apprenticeship training' }) }), ['pay-subsidy']));
  const children = [
    kind,
    field({ name: 'customerId', label: t({ fi: 'Asiakkaan tunniste', sv: 'Kundens id', en: 'Customer id' }), required: true,
      hint: t({ fi: 'Täyttyy, kun valitset asiakkaan haun tuloksista, tai kopioi se asiakkaan sivun osoitteesta.',
        sv: 'Fylls i när du väljer kunden bland sökresultaten, eller kopiera det från adressen till kundens sida.',
        en: 'Filled in when you choose the customer from the search results, or copy it from the address of the customer\'s page.' }) }),
    employer,
    conditional(field({ name: 'birthDate', type: 'date', required: true, label: t({ fi: 'Syntymäaika', sv: 'Födelsedatum', en: 'Date of birth' }),
      hint: t({ fi: 'Kysytään vain ikäehdon tarkistamiseen.', sv: 'Frågas bara för att kontrollera ålderskravet.',
        en: 'Asked only to check the age condition.' }) }), ['employment-subsidy-55']),
    conditional(field({ name: 'fullTime', type: 'select', required: true, options: YES_NO(),
      label: t({ fi: 'Onko yritystoiminta päätoimista?', sv: 'Bedrivs företagsverksamheten på heltid?', en: 'Is the business full-time?' }) }),
    ['start-up-grant']),
    field({ name: 'requestedCents', label: t({ fi: 'Haettu määrä (€)', sv: 'Sökt belopp (€)', en: 'Amount applied for (€)' }), required: true,
      inputmode: 'decimal', hint: t({ fi: 'Euroina, esim. 12 500,00.', sv: 'I euro, t.ex. 12 500,00.', en: 'In euros, e.g. 12500.00.' }) }),
    field({ name: 'months', type: 'number', min: 1, max: 120, label: t({ fi: 'Kesto kuukausina', sv: 'Längd i månader', en: 'Duration in months' }),
      hint: t({ fi: 'Pakollinen palkkatuessa, 55 vuotta täyttäneiden työllistämistuessa ja starttirahassa.',
        sv: 'Obligatoriskt för lönesubvention, sysselsättningsstöd för personer som fyllt 55 år och startpeng.',
        en: 'Required for pay subsidy, the employment subsidy for people aged 55+ and the start-up grant.' }) }),
    field({ name: 'startDate', type: 'date', required: true, label: t({ fi: 'Alkamispäivä', sv: 'Startdag', en: 'Start date' }) }),
  ];
  const el = form(children, t({ fi: 'Tallenna hakemus', sv: 'Spara ansökan', en: 'Save the application' }), async values => {
    const body = { ...values, requestedCents: centsOf(values, 'requestedCents', AMOUNT_MESSAGE),
      fullTime: values.fullTime === null || values.fullTime === undefined ? values.fullTime : values.fullTime === 'true' };
    let created;
    try {
      created = await api('v1/subsidies/applications', { method: 'POST', body });
    } catch (e) {
      throw localized(e, FIELD_MESSAGES);
    }
    announce(t({ fi: 'Hakemus tallennettu.', sv: 'Ansökan sparad.', en: 'Application saved.' }));
    navigate(`#/${pageId}/${created.id}`);
  });
  el.id = 'subsidy-application-form';
  const select = kind.querySelector('select');
  const show = () => {
    for (const part of el.querySelectorAll('[data-for]')) {
      const on = part.dataset.for.split(' ').includes(select.value);
      part.hidden = !on;
      // A hidden field is disabled too, so that it is not sent (the server refuses what a kind does not ask).
      for (const control of part.querySelectorAll('input, select, textarea')) control.disabled = !on;
    }
  };
  select.addEventListener('change', show);
  show();
  return el;
}

/** A field asked only for some kinds, in a plain box: the shell's .field is display: flex, which would outdo [hidden]. */
function conditional(wrapper, kinds) {
  return h('div', { 'data-for': kinds.join(' ') }, wrapper);
}

/** Finding the customer by name or identity code and choosing them fills the application's customer id. */
function customerLookup(applicationForm) {
  const results = h('div', { id: 'subsidy-customer-results' });
  const lookup = form([field({ name: 'q', label: t({ fi: 'Hae asiakas nimellä tai henkilötunnuksella', sv: 'Sök kunden med namn eller personbeteckning',
    en: 'Find the customer by name or identity code' }) })], t({ fi: 'Hae asiakas', sv: 'Sök kund', en: 'Find the customer' }), async values => {
    clear(results);
    if (!values.q) return;
    let found;
    try {
      found = await api('v1/customers?q=' + encodeURIComponent(values.q) + '&limit=20');
    } catch (e) {
      throw localized(e, { q: { fi: 'Anna vähintään kaksi merkkiä: sukunimi (ja etunimi) tai koko henkilötunnus.',
        sv: 'Ange minst två tecken: efternamn (och förnamn) eller hela personbeteckningen.', en: '' } }, true);
    }
    if (!found.length) {
      clear(results, notice('info', t({ fi: 'Hakuehdolla ei löytynyt asiakkaita.', sv: 'Inga kunder hittades.', en: 'No customers found.' })));
      return;
    }
    clear(results, table(t({ fi: 'Löytyneet asiakkaat', sv: 'Kunder som hittades', en: 'Customers found' }),
      [t({ fi: 'Nimi', sv: 'Namn', en: 'Name' }), t({ fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Identity code' }),
        t({ fi: 'Toiminto', sv: 'Åtgärd', en: 'Action' })],
      found.map(c => {
        const name = c.lastName + ', ' + c.firstName;
        return [name, c.identityCode, h('button', { type: 'button', class: 'secondary', onclick: () => {
          const input = applicationForm.querySelector('[name=customerId]');
          input.value = c.id;
          input.focus();
          announce(t({ fi: 'Valittu asiakas: ', sv: 'Vald kund: ', en: 'Chosen customer: ' }) + name);
        } }, t({ fi: 'Valitse ', sv: 'Välj ', en: 'Choose ' }) + name)];
      })));
  });
  lookup.classList.add('search');
  lookup.setAttribute('role', 'search');
  lookup.id = 'subsidy-customer-lookup';
  return h('div', {}, lookup, results);
}
