// Shared words of the core's console pages: statutory steps, statuses, units, municipalities.
import { api, t, lang } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';

const STEPS = {
  'initial-interview': names('texts.steps.initial-interview'),
  'initial-assessment': names('texts.steps.initial-assessment'),
  'supplementary-interview': names('texts.steps.supplementary-interview'),
  'job-search-interview': names('texts.steps.job-search-interview'),
  'municipal-liability': names('texts.steps.municipal-liability'),
  'job-search-profile': names('texts.steps.job-search-profile'),
  'neglect-decision': names('texts.steps.neglect-decision'),
  'work-search-follow-up': names('texts.steps.work-search-follow-up'),
};

/** The kinds of statutory step a task list can be narrowed to. */
export const STEP_KINDS = Object.keys(STEPS).filter(k => k !== 'municipal-liability');

/** initial-interview → "Alkuhaastattelu"; supplementary-interview-2 → "… 2"; job-search-interview-6m → "… (6 kk)". */
export function stepName(step) {
  for (const [prefix, names] of Object.entries(STEPS)) {
    if (step === prefix) return t(names);
    if (step.startsWith(prefix + '-')) {
      const rest = step.slice(prefix.length + 1);
      if (prefix === 'municipal-liability') return t(names);
      const months = rest.match(/^(\d+)m$/);
      return t(names) + (months ? ` (${months[1]} ${text('texts.months')})` : ' ' + rest);
    }
  }
  return step;
}

/** The languages most asked for in the area, offered first; any ISO 639 code is accepted. */
export const MOTHER_TONGUES = ['fi', 'sv', 'ar', 'uk', 'ru', 'so', 'fa', 'ku', 'et', 'en', 'vi', 'th', 'tr', 'zh', 'ps', 'ti', 'sq', 'pl', 'es', 'de', 'fr'];

/** A language code by its name in the user's language ("ar" → "arabia"), by the browser's own CLDR names. */
export function languageName(code) {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([lang()], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

export const WORDS = {
  due: names('texts.words.due'),
  from: names('texts.words.from'),
  step: names('texts.words.step'),
  customer: names('texts.words.customer'),
  municipality: names('texts.words.municipality'),
  unit: names('texts.words.unit'),
  state: names('texts.words.state'),
  overdue: names('texts.words.overdue'),
  open: names('texts.words.open'),
  done: names('texts.words.done'),
  cancelled: names('texts.words.cancelled'),
  save: names('texts.words.save'),
  cancel: names('texts.words.cancel'),
  none: names('texts.words.none'),
  saved: names('texts.words.saved'),
  total: names('texts.words.total'),
};

export const CHANNELS = {
  phone: names('texts.channels.phone'),
  email: names('texts.channels.email'),
  letter: names('texts.channels.letter'),
  online: names('texts.channels.online'),
  'in-person': names('texts.channels.in-person'),
};

/** Why a job search ends: the codes the platform keeps, named in the user's language. */
export const END_REASONS = Object.fromEntries(['employed', 'self-employed', 'studies', 'moved', 'customer-request', 'retired',
  'not-available', 'not-reached', 'neglect', 'other'].map(code => [code, names('texts.end-reasons.' + code)]));

export const LANGUAGES = { fi: names('texts.languages.fi'), sv: names('texts.languages.sv'),
  other: names('texts.languages.other') };

let organisation;

/** The area's organisation, fetched once per page load. */
export function org() {
  // A failed read (an expired session, a restart) is not kept: the next page asks again.
  organisation = organisation || api('v1/organisation').catch(e => {
    organisation = null;
    throw e;
  });
  return organisation;
}

export function unitName(o, id) {
  const unit = o.units.find(u => u.id === id);
  if (!unit) return id || '';
  return t(unit.names);
}

export function municipalityName(o, code) {
  const m = o.municipalities.find(x => x.code === code);
  if (!m) return code || '';
  return t(m.names);
}

export function label(map, key) {
  return map[key] ? t(map[key]) : (key || '');
}

/** The kinds of neglect (laiminlyönti) a caseworker records, as the rule sets name them. */
export const NEGLECT_KINDS = Object.fromEntries(['missed-interview', 'missed-service', 'job-applications', 'offered-job', 'refused-service',
  'no-plan'].map(k => [k, names('texts.neglect-kinds.' + k)]));

/** A neglect's consequence in words: "2. laiminlyönti: 7 kalenteripäivää ilman etuutta; työnhaku päättyy". */
export function consequenceText(c) {
  const parts = [];
  if (c.reminder) parts.push(text('texts.consequence.reminder'));
  if (c.benefitLossDays) parts.push(text('texts.consequence.days', c.benefitLossDays));
  if (c.employmentRequirementWeeks) parts.push(text('texts.consequence.weeks', c.employmentRequirementWeeks));
  if (c.jobSearchEnds) parts.push(text('texts.consequence.ends'));
  return text('texts.consequence.ordinal', c.ordinal) + ' ' + (parts.length ? parts.join('; ') : text('texts.consequence.none'));
}
