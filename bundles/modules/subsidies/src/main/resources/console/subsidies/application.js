// One application (#/<page>/<id>): its facts, the rule check, the remaining appropriation of its
// kind and year, and for a unit lead the decision (granted, partly, refused).
import { api, announce, ApiError, clear, field, fmtDate, fmtDateTime, form, h, hasRole, heading, loading, notice, person, staffNames, t }
  from '/console/shell/polku.js';
import { appropriations, centsOf, EMPLOYER_KINDS, euros, facts, kindName, localized, STATUSES, WORDS } from './texts.js';

const BACK = { fi: 'Takaisin tukiin ja korvauksiin', sv: 'Tillbaka till stöd och ersättningar', en: 'Back to subsidies and compensations' };

const DECISION_MESSAGES = {
  outcome: { fi: 'Valitse ratkaisu: myönnetään, myönnetään osittain tai hylätään.', sv: 'Välj avgörande: beviljas, beviljas delvis eller avslås.', en: '' },
  grantedCents: { fi: 'Osittain myönnettäessä anna myönnettävä määrä euroina; sen on oltava vähemmän kuin haettu määrä.',
    sv: 'Vid delvis beviljande ange det beviljade beloppet i euro; det ska vara mindre än det sökta beloppet.', en: '' },
  reasons: { fi: 'Kirjaa perustelut (enintään 2 000 merkkiä); ne ovat pakolliset, kun tuki myönnetään osittain tai hylätään.',
    sv: 'Skriv motiveringen (högst 2 000 tecken); den är obligatorisk när stödet beviljas delvis eller avslås.', en: '' },
};

const AMOUNT_MESSAGE = { grantedCents: { fi: 'Anna myönnettävä määrä euroina, esim. 5 000,00.', sv: 'Ange det beviljade beloppet i euro, t.ex. 5 000,00.',
  en: 'Give the amount granted in euros, e.g. 5000.00.' } };

/** Users' full names by username, for who entered and who decided. */
let people = {};

export async function renderApplication(root, context, id, done) {
  const pageId = context.contribution.id;
  const title = t({ fi: 'Hakemus', sv: 'Ansökan', en: 'Application' });
  const back = h('p', {}, h('a', { href: `#/${pageId}` }, t(BACK)));
  clear(root, heading(title), loading());
  people = await staffNames();
  let a;
  try {
    a = await api('v1/subsidies/applications/' + encodeURIComponent(id));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      clear(root, heading(title), notice('error', t({ fi: 'Hakemusta ei löytynyt. Tarkista osoite tai palaa jonoon.',
        sv: 'Ansökan hittades inte. Kontrollera adressen eller gå tillbaka till kön.', en: 'No such application. Check the address or go back to the queue.' })),
      back);
      return;
    }
    throw e;
  }
  const year = Number(a.startDate.slice(0, 4));
  const balance = h('div', { id: 'subsidy-balance', 'aria-live': 'polite' }, loading());
  const showBalance = async () => {
    const row = (await appropriations(year)).find(r => r.kind === a.kind);
    clear(balance, row && row.set ? facts([
      [t(WORDS.appropriation), euros(row.amountCents)],
      [t(WORDS.committed), euros(row.committedCents)],
      [t(WORDS.remaining), h('strong', { id: 'subsidy-remaining' }, euros(row.remainingCents))]])
      : notice('error', t({ fi: `Vuoden ${year} määrärahaa ei ole asetettu, joten tästä tuesta ei voi myöntää rahaa.`,
        sv: `Anslaget för ${year} har inte fastställts, så inga pengar kan beviljas för detta stöd.`,
        en: `The ${year} appropriation has not been set, so no money can be granted for this subsidy.` })));
  };

  const heading1 = heading(kindName(a.kind) + (a.employerName ? ' – ' + a.employerName : ''));
  clear(root, heading1, back,
    done ? notice('success', done) : null,
    h('section', { 'aria-labelledby': 'subsidy-balance-title' },
      h('h2', { id: 'subsidy-balance-title' }, t({ fi: `Määräraha ${year}: ${kindName(a.kind)}`, sv: `Anslag ${year}: ${kindName(a.kind)}`,
        en: `Appropriation ${year}: ${kindName(a.kind)}` })), balance),
    h('section', { 'aria-labelledby': 'subsidy-details-title' },
      h('h2', { id: 'subsidy-details-title' }, t({ fi: 'Hakemuksen tiedot', sv: 'Uppgifter om ansökan', en: 'Application details' })),
      details(a)),
    h('section', { 'aria-labelledby': 'subsidy-check-title' },
      h('h2', { id: 'subsidy-check-title' }, t({ fi: 'Sääntötarkistus', sv: 'Regelkontroll', en: 'Rule check' })), ruleCheck(a)),
    h('section', { id: 'subsidy-decision', 'aria-labelledby': 'subsidy-decision-title' },
      h('h2', { id: 'subsidy-decision-title' }, t({ fi: 'Päätös', sv: 'Beslut', en: 'Decision' })),
      a.decision ? decided(a.decision)
        : hasRole('unit-lead') ? decisionForm(a, year, showBalance, message => renderApplication(root, context, id, message))
          : notice('info', t({ fi: 'Hakemus odottaa päätöstä. Päätöksen tekee yksikön esihenkilö.',
            sv: 'Ansökan väntar på beslut. Beslutet fattas av enhetens chef.', en: 'The application awaits a decision, which a unit lead makes.' }))));
  await showBalance();
  if (done) heading1.focus();
}

function yesNo(value) {
  return value === null || value === undefined ? null : t(value ? WORDS.yes : WORDS.no);
}

function details(a) {
  return facts([
    [t(WORDS.status), t(STATUSES[a.status] || { fi: a.status })],
    [t(WORDS.kind), kindName(a.kind)],
    // The demo's own applications name invented customers that the core does not have.
    [t({ fi: 'Asiakas', sv: 'Kund', en: 'Customer' }), a.createdBy === 'demo'
      ? t({ fi: 'keksitty demoasiakas (ei asiakassivua)', sv: 'påhittad demokund (ingen kundsida)', en: 'invented demo customer (no customer page)' })
      : h('a', { href: '#/customer/' + a.customerId }, t({ fi: 'Avaa asiakkaan sivu', sv: 'Öppna kundens sida', en: 'Open the customer\'s page' }))],
    [t(WORDS.employer), a.employerName ? `${a.employerName}, ${t({ fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' })} ${a.employerBusinessId}`
      : t(WORDS.paidToPerson)],
    [t({ fi: 'Työnantajan tyyppi', sv: 'Typ av arbetsgivare', en: 'Kind of employer' }), a.employerKind ? t(EMPLOYER_KINDS[a.employerKind] || { fi: a.employerKind }) : null],
    [t({ fi: 'Oppisopimus', sv: 'Läroavtal', en: 'Apprenticeship' }), a.kind === 'pay-subsidy' ? yesNo(a.apprenticeship) : null],
    [t({ fi: 'Syntymäaika', sv: 'Födelsedatum', en: 'Date of birth' }), a.birthDate ? fmtDate(a.birthDate) : null],
    [t({ fi: 'Päätoiminen yritystoiminta', sv: 'Företagsverksamhet på heltid', en: 'Full-time business' }), yesNo(a.fullTime)],
    [t(WORDS.requested), euros(a.requestedCents)],
    [t(WORDS.months), String(a.months)],
    [t({ fi: 'Alkamispäivä', sv: 'Startdag', en: 'Start date' }), fmtDate(a.startDate)],
    [t(WORDS.priority), a.priority ? t(WORDS.yes) + (a.apprenticeship ? t({ fi: ' (oppisopimus)', sv: ' (läroavtal)', en: ' (apprenticeship)' })
      : t({ fi: ' (yritys)', sv: ' (företag)', en: ' (company)' })) : t(WORDS.no)],
    [t({ fi: 'Kirjattu', sv: 'Registrerad', en: 'Entered' }), [fmtDateTime(a.createdAt), ' · ', person(people, a.createdBy)]],
  ]);
}

function ruleCheck(a) {
  if (a.status !== 'pending') {
    return h('p', {}, t({ fi: 'Hakemus on ratkaistu. Sääntötarkistus näytetään ratkaisemattomille hakemuksille.',
      sv: 'Ansökan är avgjord. Regelkontrollen visas för ansökningar som inte avgjorts.', en: 'The application is decided. The rule check is shown for pending applications.' }));
  }
  if (!a.ruleCheck.length) {
    return notice('success', t({ fi: 'Ehdot täyttyvät: alkamispäivänä voimassa oleva sääntökokoelma ei estä myöntämistä.',
      sv: 'Villkoren uppfylls: regeluppsättningen som gäller på startdagen hindrar inte beviljande.',
      en: 'The conditions are met: the rule set in force on the start date does not stand in the way of a grant.' }));
  }
  // The reasons come from the rule set with their legal sources, in the user's language.
  return h('div', { class: 'notice notice-error', id: 'subsidy-rule-check' },
    h('p', {}, t({ fi: 'Ehdot eivät täyty, joten tukea ei voi myöntää; hakemus ratkaistaan hylkäävästi perusteluineen. Sääntökokoelman huomautukset lähteineen:',
      sv: 'Villkoren uppfylls inte, så stödet kan inte beviljas; ansökan avslås med motivering. Regeluppsättningens anmärkningar med källor:',
      en: 'The conditions are not met, so the subsidy cannot be granted; decide it refused, with reasons. What the rule set says, with its sources:' })),
    h('ul', {}, a.ruleCheck.map(r => h('li', {}, r))));
}

const OUTCOMES = {
  granted: { fi: 'Myönnetään haetun mukaisesti', sv: 'Beviljas enligt ansökan', en: 'Granted as applied for' },
  partly: { fi: 'Myönnetään osittain', sv: 'Beviljas delvis', en: 'Partly granted' },
  refused: { fi: 'Hylätään', sv: 'Avslås', en: 'Refused' },
};

function decided(d) {
  return facts([
    [t({ fi: 'Ratkaisu', sv: 'Avgörande', en: 'Outcome' }), t(STATUSES[d.outcome] || { fi: d.outcome })],
    [t(WORDS.granted), euros(d.grantedCents)],
    [t({ fi: 'Määrärahavuosi', sv: 'Anslagsår', en: 'Appropriation year' }), String(d.appropriationYear)],
    [t({ fi: 'Perustelut', sv: 'Motivering', en: 'Reasons' }), d.reasons],
    [t({ fi: 'Päättäjä', sv: 'Beslutsfattare', en: 'Decided by' }), person(people, d.decidedBy)],
    [t({ fi: 'Päätetty', sv: 'Beslutat', en: 'Decided' }), fmtDateTime(d.decidedAt)],
  ]);
}

function decisionForm(a, year, showBalance, reload) {
  const outcome = field({ name: 'outcome', type: 'select', required: true, label: t({ fi: 'Ratkaisu', sv: 'Avgörande', en: 'Outcome' }),
    options: [{ value: '', label: '' }, ...Object.entries(OUTCOMES).map(([value, names]) => ({ value, label: t(names) }))] });
  const amount = field({ name: 'grantedCents', required: true, inputmode: 'decimal',
    label: t({ fi: 'Myönnettävä määrä (€)', sv: 'Beviljat belopp (€)', en: 'Amount granted (€)' }),
    hint: t({ fi: `Vähemmän kuin haettu ${euros(a.requestedCents)}.`, sv: `Mindre än det sökta beloppet ${euros(a.requestedCents)}.`,
      en: `Less than the ${euros(a.requestedCents)} applied for.` }) });
  // In a plain box, which [hidden] hides (the shell's .field is display: flex).
  const amountBox = h('div', {}, amount);
  const reasons = field({ name: 'reasons', type: 'textarea', label: t({ fi: 'Perustelut', sv: 'Motivering', en: 'Reasons' }),
    hint: t({ fi: 'Pakolliset, kun tuki myönnetään osittain tai hylätään.', sv: 'Obligatorisk när stödet beviljas delvis eller avslås.',
      en: 'Required when the subsidy is partly granted or refused.' }) });
  const el = form([h('p', {}, t({ fi: `Haettu ${euros(a.requestedCents)}. Myönnetty raha sidotaan vuoden ${year} määrärahasta, jonka jäljellä oleva määrä näkyy yllä.`,
    sv: `Sökt ${euros(a.requestedCents)}. Beviljade pengar binds från anslaget för ${year}; det som återstår visas ovan.`,
    en: `Applied for: ${euros(a.requestedCents)}. Money granted is committed from the ${year} appropriation; what remains is shown above.` })),
  outcome, amountBox, reasons], t({ fi: 'Tee päätös', sv: 'Fatta beslut', en: 'Make the decision' }), async values => {
    const body = { outcome: values.outcome, reasons: values.reasons };
    if (values.outcome === 'partly') body.grantedCents = centsOf(values, 'grantedCents', AMOUNT_MESSAGE);
    if (values.outcome === 'granted' && !values.reasons) {
      body.reasons = t({ fi: 'Myönnetty haetun mukaisesti.', sv: 'Beviljat enligt ansökan.', en: 'Granted as applied for.' });
    }
    try {
      await api(`v1/subsidies/applications/${a.id}/decision`, { method: 'POST', body });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        await showBalance(); // whatever the refusal, show what remains now
        throw conflict(e, year);
      }
      throw localized(e, DECISION_MESSAGES);
    }
    const message = t({ fi: 'Päätös tallennettu.', sv: 'Beslutet har sparats.', en: 'Decision saved.' });
    announce(message);
    await reload(message);
  });
  el.id = 'subsidy-decision-form';
  const select = outcome.querySelector('select');
  const show = () => {
    const partly = select.value === 'partly';
    amountBox.hidden = !partly;
    amount.querySelector('input').disabled = !partly;
  };
  select.addEventListener('change', show);
  show();
  return el;
}

/** A 409 in the user's language: the appropriation would be overdrawn, the rules forbid a grant, or it is decided already. */
function conflict(e, year) {
  let message;
  if (e.body.remainingCents !== undefined) {
    const remaining = euros(e.body.remainingCents);
    message = t({ fi: `Päätöstä ei tallennettu: myöntäminen ylittäisi vuoden ${year} määrärahan. Jäljellä on enää ${remaining}. Myönnä osittain tai pyydä määrärahan korotusta.`,
      sv: `Beslutet sparades inte: beviljandet skulle överskrida anslaget för ${year}. Endast ${remaining} återstår. Bevilja delvis eller begär en höjning av anslaget.`,
      en: `The decision was not saved: granting would overdraw the ${year} appropriation. Only ${remaining} remains. Grant part of it, or ask for the appropriation to be raised.` });
  } else if (e.body.refusals) {
    message = t({ fi: 'Päätöstä ei tallennettu: hakemus ei täytä sääntökokoelman ehtoja (ks. sääntötarkistus). Tee hylkäävä päätös perusteluineen.',
      sv: 'Beslutet sparades inte: ansökan uppfyller inte villkoren i regeluppsättningen (se regelkontrollen). Fatta ett avslagsbeslut med motivering.',
      en: 'The decision was not saved: the application does not meet the rule set\'s conditions (see the rule check). Decide it refused, with reasons.' });
  } else {
    message = t({ fi: 'Päätöstä ei tallennettu: hakemus on jo ratkaistu. Päivitä sivu nähdäksesi päätöksen.',
      sv: 'Beslutet sparades inte: ansökan är redan avgjord. Uppdatera sidan för att se beslutet.',
      en: 'The decision was not saved: the application has already been decided. Reload the page to see the decision.' });
  }
  return new ApiError(409, { ...e.body, message });
}
