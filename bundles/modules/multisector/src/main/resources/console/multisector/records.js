// The co-operation's records of one referral as the staff and the authorities read them: the joint
// assessments, the joint plan (the latest version) and its follow-ups.
import { fmtDate, h, person } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const CRITERIA = ['workCapacity', 'functionalCapacity', 'lifeManagement'];

export function assessments(list, people) {
  if (!list.length) return h('p', {}, text('assessment.none'));
  return h('ul', { class: 'multisector-assessments' }, list.map(a => h('li', {},
    h('p', {}, text('assessment.line', fmtDate(a.assessedOn), text('outcome.' + a.outcome))),
    h('p', {}, text('assessment.criteria-found', CRITERIA.filter(c => a[c]).map(c => text('criterion.' + c)).join(', ') || text('words.none'))),
    h('p', {}, text('assessment.took-part', [text('authority.employment'), a.wellbeingTookPart ? text('authority.wellbeing') : null,
      a.kelaTookPart ? text('authority.kela') : null].filter(Boolean).join(', '))),
    h('p', {}, a.summary),
    people ? h('p', { class: 'hint' }, text('words.recorded-by', person(people, a.recordedBy))) : null)));
}

export function plan(list, people) {
  if (!list.length) return h('p', {}, text('plan.none'));
  const p = list[0];
  return h('div', { class: 'multisector-plan' },
    h('p', {}, text('plan.line', p.version, fmtDate(p.agreedOn), fmtDate(p.nextReview))),
    h('dl', { class: 'facts' },
      h('dt', {}, text('plan.goals')), h('dd', {}, p.goals),
      h('dt', {}, text('plan.employment-services')), h('dd', {}, p.employmentServices),
      h('dt', {}, text('plan.wellbeing-services')), h('dd', {}, p.wellbeingServices || '–'),
      h('dt', {}, text('plan.kela-services')), h('dd', {}, p.kelaServices || '–')),
    people ? h('p', { class: 'hint' }, text('words.recorded-by', person(people, p.recordedBy))) : null);
}

export function followUps(list) {
  if (!list.length) return h('p', {}, text('follow-up.none'));
  return h('ul', { class: 'multisector-follow-ups' }, list.map(f => h('li', {},
    text('follow-up.line', fmtDate(f.heldOn), text('authority.' + f.authority), f.nextReview ? fmtDate(f.nextReview) : '–'), h('br'), f.progress)));
}
