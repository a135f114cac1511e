// The job search as a timeline of statutory steps, due and done, and the interviews held.
import { api, ApiError, clear, fmtDate, h, notice, person, saved, staffNames, t, table } from '/console/shell/polku.js';
import { END_REASONS, WORDS, label, stepName, unitName } from './texts.js';
import { names, text } from './catalogue.js';

// The reasons the platform itself gives when it places a new job search in a unit (stored as written then).
const SYSTEM_REASONS = { 'new job search': names('tab-job-search.reason.new-job-search'),
  'entitled to an integration plan': names('tab-job-search.reason.integration-plan') };

const KINDS = { initial: names('tab-job-search.kinds.initial'),
  supplementary: names('tab-job-search.kinds.supplementary'),
  'job-search': names('tab-job-search.kinds.job-search') };

export default async function render(root, { openPeriod: p, periods, org, reload }) {
  if (!p) {
    clear(root, notice('info', text('tab-job-search.the-customer-has-no-open-job-search')), pastPeriods(periods));
    return;
  }
  const people = await staffNames();
  const steps = p.timeline.map(s => h('li', { class: s.state === 'done' ? 'done' : s.overdue ? 'overdue' : 'open', 'data-step': s.step },
    h('strong', {}, stepName(s.step)), ' – ',
    s.from ? fmtDate(s.from) + '–' : '', t(WORDS.due).toLowerCase() + ' ' + fmtDate(s.due), ' ',
    s.state === 'done' ? h('span', { class: 'badge badge-done' }, t(WORDS.done) + ' ' + fmtDate(s.doneAt))
      : s.state === 'cancelled' ? h('span', { class: 'badge badge-open' }, t(WORDS.cancelled))
        : s.overdue ? h('span', { class: 'badge badge-overdue' }, t(WORDS.overdue)) : h('span', { class: 'badge badge-open' }, t(WORDS.open)),
    s.state === 'open' && s.ownerUser ? [' · ', person(people, s.ownerUser)] : null,
    s.state === 'open' && !s.ownerUser && s.taskId ? [' ', take(s, reload)] : null));
  clear(root,
    h('dl', { class: 'facts' },
      h('dt', {}, text('tab-job-search.started')), h('dd', {}, fmtDate(p.start)),
      h('dt', {}, t(WORDS.unit)), h('dd', {}, unitName(org, p.unit)),
      h('dt', {}, text('tab-job-search.rule-set')), h('dd', {}, p.ruleSet),
      h('dt', {}, text('tab-job-search.100-day-municipal-liability')),
      h('dd', {}, fmtDate(p.municipalLiabilityDate))),
    h('h2', {}, text('tab-job-search.statutory-steps')),
    h('ol', { class: 'timeline', id: 'timeline' }, steps),
    p.interviews.length ? table(text('tab-job-search.interviews'),
      [text('tab-job-search.date'), text('tab-job-search.kind'),
        text('tab-job-search.service-need'), text('tab-job-search.recorded-by')],
      p.interviews.map(i => [fmtDate(i.heldOn), t(KINDS[i.kind] || { fi: i.kind }), i.serviceNeed || '', person(people, i.recordedBy)])) : null,
    p.units.length > 1 ? table(text('tab-job-search.unit-transfers'),
      [t(WORDS.from), t(WORDS.unit), text('tab-job-search.reason')],
      p.units.map(u => [fmtDate(u.from), unitName(org, u.unit), t(SYSTEM_REASONS[u.reason] || { fi: u.reason })])) : null,
    pastPeriods(periods));
}

// A caseworker who meets the customer takes the step onto their own worklist from here.
function take(step, reload) {
  const button = h('button', { type: 'button', class: 'secondary', 'data-task': step.taskId, onclick: async () => {
    button.disabled = true;
    try {
      await api('v1/tasks/' + step.taskId + '/take', { method: 'POST' });
      saved(text('tab-job-search.the-task-moved-to-your-worklist'));
      reload();
    } catch (e) {
      button.disabled = false;
      button.after(notice('error', e instanceof ApiError ? e.message : String(e)));
    }
  } }, text('tab-job-search.take-onto-my-worklist') + ': ' + stepName(step.step));
  return button;
}

function pastPeriods(periods) {
  const past = periods.filter(p => p.endDate);
  return past.length ? table(text('tab-job-search.ended-job-searches'),
    [text('tab-job-search.started'), text('tab-job-search.ended'), text('tab-job-search.reason')],
    past.map(p => [fmtDate(p.start), fmtDate(p.endDate), label(END_REASONS, p.endReason)])) : null;
}
