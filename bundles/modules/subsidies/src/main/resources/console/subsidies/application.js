// One application (#/<page>/<id>): its facts, the rule check, the remaining appropriation of its
// kind and year, and for a unit lead the decision (granted, partly, refused).
import { api, ApiError, clear, field, fmtDate, fmtDateTime, form, h, hasRole, heading, loading, notice, person, saved, staffNames, t } from '/console/shell/polku.js';
import { appropriations, centsOf, EMPLOYER_KINDS, euros, facts, GROUNDS, kindName, localized, STATUSES, WORDS } from './texts.js';
import { names, text } from './catalogue.js';

const BACK = names('application.back');

const DECISION_MESSAGES = {
  outcome: names('application.decision-messages.outcome'),
  grantedCents: names('application.decision-messages.grantedcents'),
  reasons: names('application.decision-messages.reasons'),
};

const AMOUNT_MESSAGE = { grantedCents: names('application.amount-message.grantedcents') };

/** Users' full names by username, for who entered and who decided. */
let people = {};

export async function renderApplication(root, context, id, done) {
  const pageId = context.contribution.id;
  const title = text('application.application');
  const back = h('p', {}, h('a', { href: `#/${pageId}` }, t(BACK)));
  clear(root, heading(title), loading());
  people = await staffNames();
  let a;
  try {
    a = await api('v1/subsidies/applications/' + encodeURIComponent(id));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      clear(root, heading(title), notice('error', text('application.no-such-application-check-the-address-or')),
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
      : notice('error', text('application.the-appropriation-has-not-been-set-so-no', year)));
  };

  const heading1 = heading(kindName(a.kind) + (a.employerName ? ' – ' + a.employerName : ''));
  clear(root, heading1, back,
    done ? notice('success', done) : null,
    h('section', { 'aria-labelledby': 'subsidy-balance-title' },
      h('h2', { id: 'subsidy-balance-title' }, text('application.appropriation', year, kindName(a.kind))), balance),
    h('section', { 'aria-labelledby': 'subsidy-details-title' },
      h('h2', { id: 'subsidy-details-title' }, text('application.application-details')),
      details(a)),
    h('section', { 'aria-labelledby': 'subsidy-check-title' },
      h('h2', { id: 'subsidy-check-title' }, text('application.rule-check')), ruleCheck(a)),
    a.kind === 'cost-compensation' ? h('section', { id: 'subsidy-training', 'aria-labelledby': 'subsidy-training-title' },
      h('h2', { id: 'subsidy-training-title' }, text('application.training')), await trainingOf(a.customerId)) : null,
    h('section', { id: 'subsidy-decision', 'aria-labelledby': 'subsidy-decision-title' },
      h('h2', { id: 'subsidy-decision-title' }, text('application.decision')),
      a.decision ? [decided(a.decision), h('a', { class: 'button', id: 'decision-document', target: '_blank', rel: 'noopener',
        href: '/api/v1/subsidies/decision-documents/' + a.id }, text('application.decision-document'))]
        : hasRole('unit-lead') ? decisionForm(a, year, showBalance, message => renderApplication(root, context, id, message))
          : notice('info', text('application.the-application-awaits-a-decision-which'))));
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
    [text('application.customer'), a.createdBy === 'demo'
      ? text('application.invented-demo-customer-no-customer-page')
      : h('a', { href: '#/customer/' + a.customerId }, text('application.open-the-customer-s-page'))],
    [t(WORDS.employer), a.employerName ? `${a.employerName}, ${text('application.business-id')} ${a.employerBusinessId}`
      : t(WORDS.paidToPerson)],
    [text('application.kind-of-employer'), a.employerKind ? t(EMPLOYER_KINDS[a.employerKind] || { fi: a.employerKind }) : null],
    [text('application.apprenticeship'), a.kind === 'pay-subsidy' ? yesNo(a.apprenticeship) : null],
    [text('application.date-of-birth'), a.birthDate ? fmtDate(a.birthDate) : null],
    [text('page.ground'), a.ground ? t(GROUNDS[a.ground] || { fi: a.ground }) : null],
    [text('page.pay-cost'), a.payCostCents ? euros(a.payCostCents) : null],
    [text('page.work-time-percent'), a.workTimePercent ? String(a.workTimePercent) : null],
    [text('page.weekly-hours'), a.weeklyHours ? String(a.weeklyHours) : null],
    [text('page.unemployed-months'), a.unemployedMonths !== null && a.unemployedMonths !== undefined ? String(a.unemployedMonths) : null],
    [text('page.employment-months'), a.employmentMonths ? String(a.employmentMonths) : null],
    [text('application.full-time-business'), yesNo(a.fullTime)],
    [t(WORDS.requested), euros(a.requestedCents)],
    [t(WORDS.months), String(a.months)],
    [text('application.start-date'), fmtDate(a.startDate)],
    [t(WORDS.priority), a.priority ? t(WORDS.yes) + (a.apprenticeship ? text('application.apprenticeship-2')
      : text('application.company')) : t(WORDS.no)],
    [text('application.entered'), [fmtDateTime(a.createdAt), ' · ', person(people, a.createdBy)]],
  ]);
}

function ruleCheck(a) {
  if (a.status !== 'pending') {
    return h('p', {}, text('application.the-application-is-decided-the-rule-chec'));
  }
  if (!a.ruleCheck.length) {
    return notice('success', text('application.the-conditions-are-met-the-rule-set-in-f'));
  }
  // The reasons come from the rule set with their legal sources, in the user's language.
  return h('div', { class: 'notice notice-error', id: 'subsidy-rule-check' },
    h('p', {}, text('application.the-conditions-are-not-met-so-the-subsid')),
    h('ul', {}, a.ruleCheck.map(r => h('li', {}, r))));
}

const OUTCOMES = {
  granted: names('application.outcomes.granted'),
  partly: names('application.outcomes.partly'),
  refused: names('application.outcomes.refused'),
};

function decided(d) {
  return facts([
    [text('application.outcome'), t(STATUSES[d.outcome] || { fi: d.outcome })],
    [t(WORDS.granted), euros(d.grantedCents)],
    [text('application.appropriation-year'), String(d.appropriationYear)],
    [text('application.reasons'), d.reasons],
    [text('application.decided-by'), person(people, d.decidedBy)],
    [text('application.decided'), fmtDateTime(d.decidedAt)],
  ]);
}

function decisionForm(a, year, showBalance, reload) {
  const outcome = field({ name: 'outcome', type: 'select', required: true, label: text('application.outcome'),
    options: [{ value: '', label: '' }, ...Object.entries(OUTCOMES).map(([value, names]) => ({ value, label: t(names) }))] });
  const amount = field({ name: 'grantedCents', required: true, inputmode: 'decimal',
    label: text('application.amount-granted'),
    hint: text('application.less-than-the-applied-for', euros(a.requestedCents)) });
  // In a plain box, which [hidden] hides (the shell's .field is display: flex).
  const amountBox = h('div', {}, amount);
  const reasons = field({ name: 'reasons', type: 'textarea', label: text('application.reasons'),
    hint: text('application.required-when-the-subsidy-is-partly-gran') });
  const el = form([h('p', {}, text('application.applied-for-money-granted-is-committed-f', euros(a.requestedCents), year)),
  outcome, amountBox, reasons], text('application.make-the-decision'), async values => {
    const body = { outcome: values.outcome, reasons: values.reasons };
    if (values.outcome === 'partly') body.grantedCents = centsOf(values, 'grantedCents', AMOUNT_MESSAGE);
    if (values.outcome === 'granted' && !values.reasons) {
      body.reasons = text('application.granted-as-applied-for');
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
    const message = text('application.decision-saved');
    saved(message);
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
    message = text('application.the-decision-was-not-saved-granting-woul', year, remaining);
  } else if (e.body.refusals) {
    message = text('application.the-decision-was-not-saved-the-applicati');
  } else {
    message = text('application.the-decision-was-not-saved-the-applicati-2');
  }
  return new ApiError(409, { ...e.body, message });
}

/** The customer's labour-market training beside a cost compensation: the compensation is paid for the days in training. */
async function trainingOf(customerId) {
  const referrals = (await api('v1/customers/' + customerId + '/referrals')).filter(r => r.serviceType === 'training');
  if (!referrals.length) return h('p', {}, text('application.training-none'));
  let list;
  try {
    list = await api('v1/training/applications?' + referrals.map(r => 'referral=' + r.id).join('&'));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 503)) return notice('info', text('application.training-unavailable'));
    throw e;
  }
  if (!list.length) return h('p', {}, text('application.training-none'));
  return h('ul', {}, list.map(x => h('li', {}, text('application.training-line', x.courseName, text('application.training-state.' + x.state)))));
}
