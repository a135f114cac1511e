// The co-operation's forms: a consent, a joint assessment, a version of the joint plan, a follow-up.
import { api, field, form, saved as toast, today } from '/console/shell/polku.js';
import { text } from './catalogue.js';

function named(className, el) {
  el.classList.add(className);
  return el;
}

function saved(after, message) {
  return async () => { toast(message); await after(); };
}

export function consentForm(referralId, after) {
  return named('multisector-consent-form', form([
    field({ name: 'authority', type: 'select', required: true, label: text('consent.authority'),
      options: ['wellbeing', 'kela'].map(a => ({ value: a, label: text('authority.' + a) })) }),
    field({ name: 'scope', type: 'select', required: true, label: text('consent.scope'),
      options: ['assessment', 'plan'].map(s => ({ value: s, label: text('scope.' + s) })) }),
    field({ name: 'givenOn', type: 'date', required: true, label: text('consent.given-on'), value: today() }),
  ], text('consent.record'), async values => {
    await api('v1/multisector/consents', { method: 'POST', body: { ...values, referralId } });
    await saved(after, text('consent.recorded'))();
  }));
}

export function assessmentForm(referralId, after) {
  return named('multisector-assessment-form', form([
    field({ name: 'assessedOn', type: 'date', required: true, label: text('assessment.assessed-on'), value: today() }),
    field({ name: 'workCapacity', type: 'checkbox', label: text('criterion.workCapacity') }),
    field({ name: 'functionalCapacity', type: 'checkbox', label: text('criterion.functionalCapacity') }),
    field({ name: 'lifeManagement', type: 'checkbox', label: text('criterion.lifeManagement') }),
    field({ name: 'wellbeingTookPart', type: 'checkbox', label: text('assessment.wellbeing-took-part') }),
    field({ name: 'kelaTookPart', type: 'checkbox', label: text('assessment.kela-took-part') }),
    field({ name: 'outcome', type: 'select', required: true, label: text('assessment.outcome'),
      options: ['multisectoral', 'other-services'].map(o => ({ value: o, label: text('outcome.' + o) })) }),
    field({ name: 'summary', type: 'textarea', required: true, rows: 3, label: text('assessment.summary') }),
  ], text('assessment.record'), async values => {
    await api('v1/multisector/assessments', { method: 'POST', body: { ...values, referralId } });
    await saved(after, text('assessment.recorded'))();
  }));
}

export function planForm(referralId, latest, after) {
  return named('multisector-plan-form', form([
    field({ name: 'agreedOn', type: 'date', required: true, label: text('plan.agreed-on'), value: today() }),
    field({ name: 'goals', type: 'textarea', required: true, rows: 3, label: text('plan.goals'), value: latest?.goals }),
    field({ name: 'employmentServices', type: 'textarea', required: true, rows: 2, label: text('plan.employment-services'),
      value: latest?.employmentServices }),
    field({ name: 'wellbeingServices', type: 'textarea', rows: 2, label: text('plan.wellbeing-services'), value: latest?.wellbeingServices }),
    field({ name: 'kelaServices', type: 'textarea', rows: 2, label: text('plan.kela-services'), value: latest?.kelaServices }),
    field({ name: 'nextReview', type: 'date', required: true, label: text('plan.next-review'), hint: text('plan.next-review-hint') }),
  ], latest ? text('plan.record-new-version') : text('plan.record'), async values => {
    await api('v1/multisector/plans', { method: 'POST', body: { ...values, referralId } });
    await saved(after, text('plan.recorded'))();
  }));
}

export function followUpForm(referralId, after, path = 'v1/multisector/follow-ups') {
  return named('multisector-follow-up-form', form([
    field({ name: 'heldOn', type: 'date', required: true, label: text('follow-up.held-on'), value: today() }),
    field({ name: 'progress', type: 'textarea', required: true, rows: 3, label: text('follow-up.progress') }),
    field({ name: 'nextReview', type: 'date', label: text('follow-up.next-review'), hint: text('follow-up.next-review-hint') }),
  ], text('follow-up.record'), async values => {
    await api(path, { method: 'POST', body: { ...values, referralId } });
    await saved(after, text('follow-up.recorded'))();
  }));
}
