// Shared words and money helpers of the subsidies pages. Money travels in whole cents (as the
// REST API keeps it); euros are only what people read and type.
import { api, ApiError, h, lang, t, table } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';

export const KINDS = {
  'pay-subsidy': names('texts.kinds.pay-subsidy'),
  'employment-subsidy-55': names('texts.kinds.employment-subsidy-55'),
  'start-up-grant': names('texts.kinds.start-up-grant'),
  'travel-compensation': names('texts.kinds.travel-compensation'),
  'cost-compensation': names('texts.kinds.cost-compensation'),
};

/** Kinds paid to an employer, who is then named. */
export const TO_EMPLOYER = ['pay-subsidy', 'employment-subsidy-55'];

export const EMPLOYER_KINDS = {
  company: names('texts.employer-kinds.company'),
  municipality: names('texts.employer-kinds.municipality'),
  state: names('texts.employer-kinds.state'),
  'public-body': names('texts.employer-kinds.public-body'),
  'third-sector': names('texts.employer-kinds.third-sector'),
};

/** The grounds of pay subsidy, each with its percentage of the pay costs. */
export const GROUNDS = {
  general: names('texts.grounds.general'),
  'reduced-work-ability': names('texts.grounds.reduced-work-ability'),
  association: names('texts.grounds.association'),
};

export const STATUSES = {
  pending: names('texts.statuses.pending'),
  granted: names('texts.statuses.granted'),
  partly: names('texts.statuses.partly'),
  refused: names('texts.statuses.refused'),
};

export const WORDS = {
  kind: names('texts.words.kind'),
  appropriation: names('texts.words.appropriation'),
  committed: names('texts.words.committed'),
  remaining: names('texts.words.remaining'),
  notSet: names('texts.words.notset'),
  employer: names('texts.words.employer'),
  requested: names('texts.words.requested'),
  granted: names('texts.words.granted'),
  months: names('texts.words.months'),
  start: names('texts.words.start'),
  status: names('texts.words.status'),
  priority: names('texts.words.priority'),
  yes: names('texts.words.yes'),
  no: names('texts.words.no'),
  paidToPerson: names('texts.words.paidtoperson'),
};

export function kindName(kind) {
  return KINDS[kind] ? t(KINDS[kind]) : kind;
}

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };

/** 1250000 cents → "12 500,00 €" (in the user's language's Finnish locale). */
export function euros(cents) {
  if (cents === null || cents === undefined) return '';
  return new Intl.NumberFormat(LOCALES[lang()] || 'fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * What a person typed as euros → whole cents, or null when it is not an amount. Accepts
 * "12 500", "12500,5", "12 500,00 €", "12500.50" and "12,500.50"; never goes through a float.
 */
export function toCents(text) {
  if (text === null || text === undefined) return null;
  let s = String(text).replace(/[\s\u00a0\u202f€]/g, '');
  // "12,500.00" (English): the comma groups; otherwise a comma is the decimal separator. "12,500"
  // alone could be either (twelve and a half, or twelve thousand five hundred): refused, not guessed.
  if (!s.includes('.') && /^\d{1,3}(,\d{3})+$/.test(s)) return null;
  s = s.includes('.') ? s.replace(/,/g, '') : s.replace(',', '.');
  const m = s.match(/^(\d{1,10})(?:\.(\d{1,2}))?$/);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] || '0').padEnd(2, '0'));
}

/** The year's appropriations per kind (this year unless told). */
export function appropriations(year) {
  return api('v1/subsidies/appropriations' + (year ? '?year=' + encodeURIComponent(year) : ''));
}

/**
 * The balances as a table: what screen readers read, and the figures beside a chart. Compact
 * (for a narrow widget) leaves out the whole appropriation, which is committed plus remaining.
 */
export function balanceTable(rows, caption, { compact = false } = {}) {
  const amount = r => (r.set ? euros(r.amountCents) : t(WORDS.notSet));
  return table(caption, [t(WORDS.kind), compact ? null : t(WORDS.appropriation), t(WORDS.committed), t(WORDS.remaining)].filter(Boolean),
    rows.map(r => [kindName(r.kind), compact ? null : amount(r), euros(r.committedCents), euros(r.remainingCents)].filter(x => x !== null)));
}

/** Whole euros, for a chart's axis: 180000000 → "1 800 000 €". */
export function wholeEuros(cents) {
  return new Intl.NumberFormat(LOCALES[lang()] || 'fi-FI', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
    .format(Math.round(cents / 100));
}

/** A definition list of label → value pairs (values may be nodes); empty values are left out. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

// ---- the server's refusals ---------------------------------------------------------------------

/**
 * The server's 400, which is already in the user's language (problem details by Accept-Language).
 * A one-field form whose refusal names no field shows the refusal's text at that field.
 */
export function localized(error, messages, single) {
  if (!(error instanceof ApiError) || error.status !== 400 || !single || (error.fields && Object.keys(error.fields).length)) return error;
  const [name] = Object.keys(messages);
  return new ApiError(400, { ...error.body, fields: { [name]: error.body.detail || error.message } });
}

/** An amount typed in euros as cents for the REST API; a field error when it is not an amount. */
export function centsOf(values, name, messages) {
  const typed = values[name];
  if (typed === null || typed === undefined) return null;
  const cents = toCents(typed);
  if (cents === null) {
    throw new ApiError(400, { message: text('texts.check-the-marked-fields'),
      fields: { [name]: messages[name] ? t(messages[name]) : text('texts.give-the-amount-in-euros-e-g-12-500-00') } });
  }
  return cents;
}
