// The integration tab on a customer's page: the customer's own language and interpreter need, the
// initial assessments (language skills by CEFR level) and the integration plan, and for the named
// specialists the forms to record them; integration training is found through the training module.
import { api, clear, field, fmtDate, form, h, notice, person, saved, staffNames, table, today } from '/console/shell/polku.js';
import { nextStep, text } from './catalogue.js';

const OPEN = ['referred', 'accepted', 'started'];
const LANGUAGES = ['fi', 'sv'];
const SKILLS = ['listening', 'speaking', 'reading', 'writing'];
const LEVELS = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
/** A CEFR level as written in every language, but "pre-A1" in the user's words. */
const level = l => (l === 'pre-A1' ? text('level.pre-A1') : l);

export default async function render(root, context) {
  const { customer } = context;
  const referrals = (await api('v1/customers/' + customer.id + '/referrals')).filter(r => r.serviceType === 'integration');
  const [cases, people, me] = await Promise.all([
    referrals.length ? api('v1/integration/cases?' + referrals.map(r => 'referral=' + r.id).join('&')) : [],
    staffNames(), api('v1/integration/me')]);
  const again = async () => {
    await render(root, context);
    root.querySelector('h2')?.focus();
  };
  clear(root, languageFacts(customer),
    referrals.length ? referrals.map(r => {
      const c = cases.find(x => x.referralId === r.id);
      return c ? section(c, people, me.mayRecord, again) : notice('info', text('tab.waiting'));
    }) : notice('info', text('tab.none')));
}

function languageName(code) {
  if (!code) return text('tab.not-recorded');
  try {
    return new Intl.DisplayNames([document.documentElement.lang || 'fi'], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

function languageFacts(c) {
  return h('dl', { class: 'facts' },
    h('dt', {}, text('tab.own-language')), h('dd', {}, languageName(c.motherTongue)),
    h('dt', {}, text('tab.interpreter')), h('dd', {}, text(c.interpreterNeeded ? 'tab.interpreter-needed' : 'tab.interpreter-not-needed')));
}

function section(c, people, mayRecord, after) {
  const open = OPEN.includes(c.state);
  const id = 'int-' + c.referralId;
  const assessment = c.assessments[0];
  return h('section', { class: 'integration-case', 'aria-labelledby': id },
    h('h2', { id, tabindex: '-1' }, text('tab.referral', fmtDate(c.referredOn)) + ' – ' + text('state.' + c.state)),
    open ? h('p', { class: c.next?.overdue ? 'overdue' : undefined }, nextStep(c.next)) : null,
    h('h3', {}, text('assessment.title')),
    assessment ? assessmentView(assessment, people) : h('p', {}, text('assessment.none')),
    open && mayRecord ? assessmentForm(c.referralId, after) : null,
    h('h3', {}, text('plan.title')),
    c.plans.length ? planView(c.plans[0], people) : h('p', {}, text('plan.none')),
    open && mayRecord && assessment?.planNeeded ? planForm(c.referralId, c.plans[0], after) : null,
    !mayRecord && open ? h('p', { class: 'hint' }, text('tab.specialists-record')) : null);
}

function assessmentView(a, people) {
  return h('div', { class: 'integration-assessment' },
    h('p', {}, text('assessment.line', fmtDate(a.assessedOn), person(people, a.responsible))),
    table(text('assessment.skills'), [text('assessment.language'), ...SKILLS.map(s => text('skill.' + s))],
      LANGUAGES.map(l => [text('language.' + l), ...SKILLS.map(s => (a.skills[l + '.' + s] ? level(a.skills[l + '.' + s]) : '–'))])),
    h('dl', { class: 'facts' },
      h('dt', {}, text('assessment.literacy')), h('dd', {}, text('literacy.' + a.literacy)),
      h('dt', {}, text('assessment.education')), h('dd', {}, a.education),
      h('dt', {}, text('assessment.work-history')), h('dd', {}, a.workHistory),
      h('dt', {}, text('assessment.goals')), h('dd', {}, a.goals),
      h('dt', {}, text('assessment.plan-needed')), h('dd', {}, text(a.planNeeded ? 'words.yes' : 'words.no')),
      h('dt', {}, text('assessment.summary')), h('dd', {}, a.summary)));
}

function planView(p, people) {
  const view = h('div', { class: 'integration-plan' },
    h('p', {}, text('plan.line', p.version, fmtDate(p.drawnOn), fmtDate(p.validUntil), person(people, p.responsible))),
    h('dl', { class: 'facts' },
      h('dt', {}, text('plan.goals')), h('dd', {}, p.goals),
      h('dt', {}, text('plan.language-studies')), h('dd', {}, p.languageStudies),
      h('dt', {}, text('plan.integration-training')), h('dd', {}, text(p.integrationTraining ? 'words.yes' : 'words.no')),
      h('dt', {}, text('plan.other-services')), h('dd', {}, p.otherServices || '–')));
  if (p.integrationTraining) view.append(courses());
  return view;
}

/** The open integration courses of the training module, when it runs: the caseworker applies on the training tab. */
function courses() {
  const box = h('div', { class: 'integration-courses' });
  api('v1/training/courses').then(list => {
    const open = list.filter(c => c.kind === 'integration' && c.openForApplications);
    clear(box, h('h4', {}, text('plan.courses')), open.length
      ? h('ul', {}, open.map(c => h('li', {}, text('plan.course-line', c.name, c.place, fmtDate(c.startsOn), c.seatsLeft))))
      : h('p', {}, text('plan.no-courses')), h('p', { class: 'hint' }, text('plan.apply-on-training-tab')));
  }).catch(() => clear(box, h('p', { class: 'hint' }, text('plan.training-not-available'))));
  return box;
}

function assessmentForm(referralId, after) {
  const levels = [{ value: '', label: '–' }, ...LEVELS.map(l => ({ value: l, label: level(l) }))];
  const el = form([
    field({ name: 'assessedOn', type: 'date', required: true, label: text('assessment.assessed-on'), value: today() }),
    h('fieldset', {}, h('legend', {}, text('assessment.skills')),
      LANGUAGES.flatMap(l => SKILLS.map(s => field({ name: 'skills.' + l + '.' + s, type: 'select', options: levels,
        label: text('language.' + l) + ': ' + text('skill.' + s) })))),
    field({ name: 'literacy', type: 'select', required: true, label: text('assessment.literacy'),
      options: ['literate', 'partly', 'not-literate'].map(v => ({ value: v, label: text('literacy.' + v) })) }),
    field({ name: 'education', type: 'textarea', required: true, rows: 2, label: text('assessment.education') }),
    field({ name: 'workHistory', type: 'textarea', required: true, rows: 2, label: text('assessment.work-history') }),
    field({ name: 'goals', type: 'textarea', required: true, rows: 2, label: text('assessment.goals') }),
    field({ name: 'planNeeded', type: 'checkbox', label: text('assessment.plan-needed') }),
    field({ name: 'summary', type: 'textarea', required: true, rows: 3, label: text('assessment.summary') }),
  ], text('assessment.record'), async values => {
    const skills = {};
    for (const l of LANGUAGES) for (const s of SKILLS) if (values.skills?.[l]?.[s]) skills[l + '.' + s] = values.skills[l][s];
    await api('v1/integration/assessments', { method: 'POST', body: { ...values, skills, referralId } });
    saved(text('assessment.recorded'));
    await after();
  });
  el.classList.add('integration-assessment-form');
  return el;
}

function planForm(referralId, latest, after) {
  const el = form([
    field({ name: 'drawnOn', type: 'date', required: true, label: text('plan.drawn-on'), value: today() }),
    field({ name: 'validUntil', type: 'date', required: true, label: text('plan.valid-until'), hint: text('plan.valid-until-hint') }),
    field({ name: 'goals', type: 'textarea', required: true, rows: 2, label: text('plan.goals'), value: latest?.goals }),
    field({ name: 'languageStudies', type: 'textarea', required: true, rows: 2, label: text('plan.language-studies'), value: latest?.languageStudies }),
    field({ name: 'integrationTraining', type: 'checkbox', label: text('plan.integration-training'), value: latest?.integrationTraining }),
    field({ name: 'otherServices', type: 'textarea', rows: 2, label: text('plan.other-services'), value: latest?.otherServices }),
  ], latest ? text('plan.record-new-version') : text('plan.record'), async values => {
    await api('v1/integration/plans', { method: 'POST', body: { ...values, referralId } });
    saved(text('plan.recorded'));
    await after();
  });
  el.classList.add('integration-plan-form');
  return el;
}
