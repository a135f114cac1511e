// Subsidies and compensations: the balances per kind, the pending queue (companies and
// apprenticeships first) and a new application at #/<page>; one application at #/<page>/<id>.
import { api, ApiError, announce, clear, confirmAction, pageStatus, field, fmtDate, form, h, hasRole, heading, loading, navigate, notice, saved, t, table, today }
  from '/console/shell/polku.js';
import { renderApplication } from './application.js';
import { appropriations, balanceTable, centsOf, EMPLOYER_KINDS, euros, GROUNDS, kindName, KINDS, localized, TO_EMPLOYER, WORDS } from './texts.js';
import { names, text } from './catalogue.js';

export const TITLE = names('page.title');

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
  const [rows, waiting] = await Promise.all([appropriations(), api('v1/subsidies/applications?status=pending&limit=500')]);
  const pending = waiting.items;
  const year = rows.length ? rows[0].year : Number(today().slice(0, 4));

  const balances = h('section', { id: 'subsidy-balances', 'aria-labelledby': 'subsidy-balances-title' },
    h('h2', { id: 'subsidy-balances-title' }, text('page.appropriations', year)),
    balanceTable(rows, text('page.the-appropriations-by-subsidy', year)));

  if (hasRole('unit-lead')) balances.append(appropriationForm(year, rows, root, context));

  const queue = h('section', { id: 'subsidy-queue', 'aria-labelledby': 'subsidy-queue-title' },
    h('h2', { id: 'subsidy-queue-title' }, text('page.applications-awaiting-a-decision', waiting.total)),
    // Never cut silently: a queue longer than one answer says how much of it is shown.
    waiting.total > pending.length ? h('p', { class: 'list-status' }, pageStatus(waiting)) : null,
    h('p', {}, text('page.applications-from-companies-and-for-appr')),
    pending.length ? queueTable(pending, pageId)
      : notice('info', text('page.no-applications-are-awaiting-a-decision')));

  const create = h('section', { id: 'subsidy-new', 'aria-labelledby': 'subsidy-new-title' },
    h('h2', { id: 'subsidy-new-title' }, text('page.new-application')),
    h('p', {}, text('page.fields-marked-with-an-asterisk-are-requi')));
  const applicationForm = newApplicationForm(pageId);
  create.append(customerLookup(applicationForm), applicationForm);

  clear(root, heading(t(TITLE)), balances, queue, create);
}

/** A unit lead sets or raises a kind's appropriation for the year (never below what is committed). */
function appropriationForm(year, rows, root, context) {
  const messages = { amountCents: names('page.messages.amountcents') };
  // This year and the next: money is committed from the year a subsidy starts, which may be next year.
  const set = form([
    field({ name: 'appropriationYear', type: 'select', required: true, label: text('page.year'),
      options: [year, year + 1].map(y => ({ value: String(y), label: String(y) })) }),
    // Names of their own: the new-application form below on the same page has its own "kind".
    field({ name: 'appropriationKind', type: 'select', required: true, label: text('page.subsidy'),
      options: Object.keys(KINDS).map(k => ({ value: k, label: kindName(k) })) }),
    field({ name: 'appropriationAmount', required: true, inputmode: 'decimal', label: text('page.appropriation') }),
  ], text('page.set-the-appropriation'), async values => {
    const amountCents = centsOf(values, 'appropriationAmount', { appropriationAmount: messages.amountCents });
    // A cut is asked about first, with what it does: the money left for new decisions shrinks.
    const current = Number(values.appropriationYear) === year ? rows.find(r => r.kind === values.appropriationKind) : null;
    if (current && current.set && amountCents < current.amountCents) {
      const sure = await confirmAction({ title: text('page.confirm-cut-title'),
        effects: [text('page.confirm-cut-amount', kindName(current.kind), values.appropriationYear, euros(current.amountCents), euros(amountCents)),
          text('page.confirm-cut-committed', euros(current.committedCents)),
          text('page.confirm-cut-remaining', euros(current.remainingCents), euros(Math.max(0, amountCents - current.committedCents)))],
        confirmLabel: text('page.confirm-cut') });
      if (!sure) return;
    }
    try {
      await api(`v1/subsidies/appropriations/${values.appropriationYear}/${values.appropriationKind}`, { method: 'PUT', body: { amountCents } });
    } catch (e) {
      const refusal = localized(e, { amountCents: messages.amountCents });
      throw refusal.fields && refusal.fields.amountCents
        ? new ApiError(400, { ...refusal.body, fields: { appropriationAmount: refusal.fields.amountCents } }) : refusal;
    }
    saved(text('page.appropriation-saved'));
    render(root, context);
  });
  set.id = 'appropriation-form';
  return h('div', {}, h('h3', {}, text('page.setting-an-appropriation')), set);
}

function queueTable(pending, pageId) {
  const why = a => (a.apprenticeship ? text('page.yes-apprenticeship')
    : a.priority ? text('page.yes-company') : t(WORDS.no));
  const check = a => (a.ruleCheck.length
    ? text('page.remarks', a.ruleCheck.length)
    : text('page.no-obstacles'));
  return table(text('page.applications-awaiting-a-decision-priorit'),
  [text('page.application'), t(WORDS.employer), t(WORDS.requested), t(WORDS.start), t(WORDS.priority),
    text('page.rule-check')],
  pending.map(a => [
    h('a', { href: `#/${pageId}/${a.id}`, 'data-application': a.id }, kindName(a.kind) + ', '
      + text('page.received') + fmtDate(a.createdAt)),
    a.employerName ? `${a.employerName} (${a.employerBusinessId})` : t(WORDS.paidToPerson),
    euros(a.requestedCents), fmtDate(a.startDate), why(a), check(a)]));
}

// ---- a new application ----------------------------------------------------------------------

const YES_NO = () => [{ value: '', label: '' }, { value: 'true', label: text('page.yes-full-time') },
  { value: 'false', label: text('page.no-part-time') }];

/** Localized messages for the server's field names; the server's own (English) text is shown to English users. */
const FIELD_MESSAGES = {
  kind: names('page.field-messages.kind'),
  customerId: names('page.field-messages.customerid'),
  requestedCents: names('page.field-messages.requestedcents'),
  months: names('page.field-messages.months'),
  startDate: names('page.field-messages.startdate'),
  employerBusinessId: names('page.field-messages.employerbusinessid'),
  employerName: names('page.field-messages.employername'),
  employerKind: names('page.field-messages.employerkind'),
  apprenticeship: names('page.field-messages.apprenticeship'),
  birthDate: names('page.field-messages.birthdate'),
  fullTime: names('page.field-messages.fulltime'),
  ground: names('page.ground'),
  payCostCents: names('page.pay-cost'),
  weeklyHours: names('page.weekly-hours'),
  workTimePercent: names('page.work-time-percent'),
  unemployedMonths: names('page.unemployed-months'),
  employmentMonths: names('page.employment-months'),
};

// Who is asked what: the rules of pay subsidy and the 55+ subsidy (the server refuses what is not asked).
const PAY = v => v.kind === 'pay-subsidy';
const E55 = v => v.kind === 'employment-subsidy-55';
const MUNICIPAL_LONG_TERM = v => PAY(v) && v.employerKind === 'municipality' && v.ground !== 'reduced-work-ability';
const ASKED = {
  birthDate: v => E55(v) || MUNICIPAL_LONG_TERM(v),
  ground: PAY,
  payCostCents: v => PAY(v) || E55(v),
  workTimePercent: v => PAY(v) && v.ground === 'association',
  weeklyHours: E55,
  unemployedMonths: v => E55(v) || MUNICIPAL_LONG_TERM(v),
  employmentMonths: E55,
};

const AMOUNT_MESSAGE = { requestedCents: { fi: FIELD_MESSAGES.requestedCents.fi, sv: FIELD_MESSAGES.requestedCents.sv,
  en: 'Give the amount applied for in euros, e.g. 12500.00 (at most 10,000,000 €).' } };

/** The new-application form; from a customer's page the customer is given and no id is typed. */
export function newApplicationForm(pageId, customer) {
  const options = map => [{ value: '', label: '' }, ...Object.entries(map).map(([value, names]) => ({ value, label: t(names) }))];
  const kind = field({ name: 'kind', label: t(WORDS.kind), type: 'select', required: true, options: options(KINDS) });
  const employer = h('fieldset', { 'data-for': TO_EMPLOYER.join(' ') }, h('legend', {}, t(WORDS.employer)),
    field({ name: 'employerBusinessId', label: text('page.business-id'), required: true,
      hint: text('page.form-1234567-8') }),
    field({ name: 'employerName', label: text('page.employer-name'), required: true }),
    field({ name: 'employerKind', label: text('page.kind-of-employer'), type: 'select',
      required: true, options: options(EMPLOYER_KINDS) }),
    conditional(field({ name: 'apprenticeship', type: 'checkbox', label: text('page.apprenticeship-training') }), ['pay-subsidy']));
  const children = [
    kind,
    customer ? h('div', {}, h('input', { type: 'hidden', name: 'customerId', value: customer.id }),
      h('p', { id: 'subsidy-customer' }, text('page.for-customer', customer.lastName + ', ' + customer.firstName)))
      : field({ name: 'customerId', label: text('page.customer-id'), required: true,
        hint: text('page.filled-in-when-you-choose-the-customer-f') }),
    employer,
    asked('ground', field({ name: 'ground', type: 'select', required: true, label: text('page.ground'), options: options(GROUNDS) })),
    asked('birthDate', field({ name: 'birthDate', type: 'date', required: true, label: text('page.date-of-birth'),
      hint: text('page.asked-only-to-check-the-age-condition') })),
    asked('payCostCents', field({ name: 'payCostCents', required: true, inputmode: 'decimal', label: text('page.pay-cost'),
      hint: text('page.in-euros-e-g-12500-00') })),
    asked('workTimePercent', field({ name: 'workTimePercent', type: 'number', min: 1, max: 100, required: true,
      label: text('page.work-time-percent') })),
    asked('weeklyHours', field({ name: 'weeklyHours', type: 'number', min: 1, max: 60, required: true, label: text('page.weekly-hours') })),
    asked('unemployedMonths', field({ name: 'unemployedMonths', type: 'number', min: 0, max: 600, required: true,
      label: text('page.unemployed-months'), hint: text('page.unemployed-months-hint') })),
    asked('employmentMonths', field({ name: 'employmentMonths', type: 'number', min: 1, max: 120, label: text('page.employment-months'),
      hint: text('page.employment-months-hint') })),
    conditional(field({ name: 'fullTime', type: 'select', required: true, options: YES_NO(),
      label: text('page.is-the-business-full-time') }),
    ['start-up-grant']),
    field({ name: 'requestedCents', label: text('page.amount-applied-for'), required: true,
      inputmode: 'decimal', hint: text('page.in-euros-e-g-12500-00') }),
    field({ name: 'months', type: 'number', min: 1, max: 120, label: text('page.duration-in-months'),
      hint: text('page.required-for-pay-subsidy-the-employment') }),
    field({ name: 'startDate', type: 'date', required: true, label: text('page.start-date') }),
  ];
  const el = form(children, text('page.save-the-application'), async values => {
    const body = { ...values, requestedCents: centsOf(values, 'requestedCents', AMOUNT_MESSAGE),
      ...(values.payCostCents === undefined || values.payCostCents === null ? {} : { payCostCents: centsOf(values, 'payCostCents', AMOUNT_MESSAGE) }),
      fullTime: values.fullTime === null || values.fullTime === undefined ? values.fullTime : values.fullTime === 'true' };
    let created;
    try {
      created = await api('v1/subsidies/applications', { method: 'POST', body });
    } catch (e) {
      throw localized(e, FIELD_MESSAGES);
    }
    saved(text('page.application-saved'));
    navigate(`#/${pageId}/${created.id}`);
  });
  el.id = 'subsidy-application-form';
  const select = kind.querySelector('select');
  const current = () => ({ kind: select.value, ground: el.querySelector('[name=ground]').value,
    employerKind: el.querySelector('[name=employerKind]').value });
  const show = () => {
    const v = current();
    for (const part of el.querySelectorAll('[data-for], [data-asked]')) {
      const on = part.dataset.asked ? ASKED[part.dataset.asked](v) : part.dataset.for.split(' ').includes(v.kind);
      part.hidden = !on;
      // A hidden field is disabled too, so that it is not sent (the server refuses what a kind does not ask).
      for (const control of part.querySelectorAll('input, select, textarea')) control.disabled = !on;
    }
  };
  for (const name of ['kind', 'ground', 'employerKind']) el.querySelector(`[name=${name}]`).addEventListener('change', show);
  show();
  return el;
}

/** A field asked when the rules need it (ASKED), in a plain box as conditional() has it. */
function asked(name, wrapper) {
  return h('div', { 'data-asked': name }, wrapper);
}

/** A field asked only for some kinds, in a plain box: the shell's .field is display: flex, which would outdo [hidden]. */
function conditional(wrapper, kinds) {
  return h('div', { 'data-for': kinds.join(' ') }, wrapper);
}

/** Finding the customer by name or identity code and choosing them fills the application's customer id. */
function customerLookup(applicationForm) {
  const results = h('div', { id: 'subsidy-customer-results' });
  const lookup = form([field({ name: 'q', label: text('page.find-the-customer-by-name-or-identity-co') })], text('page.find-the-customer'), async values => {
    clear(results);
    if (!values.q) return;
    let found;
    try {
      found = (await api('v1/customers?q=' + encodeURIComponent(values.q) + '&limit=20')).items;
    } catch (e) {
      throw localized(e, { q: names('page.lookup.q') }, true);
    }
    if (!found.length) {
      clear(results, notice('info', text('page.no-customers-found')));
      return;
    }
    clear(results, table(text('page.customers-found'),
      [text('page.name'), text('page.identity-code'),
        text('page.action')],
      found.map(c => {
        const name = c.lastName + ', ' + c.firstName;
        return [name + ' (' + [c.birthYear, c.postOffice].filter(Boolean).join(', ') + ')', c.identityCode, h('button', { type: 'button', class: 'secondary', onclick: () => {
          const input = applicationForm.querySelector('[name=customerId]');
          input.value = c.id;
          input.focus();
          announce(text('page.chosen-customer') + name);
        } }, text('page.choose') + name)];
      })));
  });
  lookup.classList.add('search');
  lookup.setAttribute('role', 'search');
  lookup.id = 'subsidy-customer-lookup';
  return h('div', {}, lookup, results);
}
