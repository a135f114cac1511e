// The self-motivated study tab on a customer's page: the caseworker's assessment of the study and
// the decision on supporting it with unemployment benefit; once decided, the decision as a PDF in
// its language and the statement for the benefit payer.
import { api, clear, field, fmtDate, form, h, notice, saved, today } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const OPEN = ['referred', 'accepted', 'started'];
const BASE = '/api/v1/self-motivated-study/decisions/';

export default async function render(root, context) {
  const { customer } = context;
  const referrals = (await api('v1/customers/' + customer.id + '/referrals')).filter(r => r.serviceType === 'self-motivated-study');
  if (!referrals.length) {
    clear(root, notice('info', text('study.none')));
    return;
  }
  const [cases, rules] = await Promise.all([api('v1/self-motivated-study/cases?' + referrals.map(r => 'referral=' + r.id).join('&')),
    api('v1/self-motivated-study/rules')]);
  const law = inForce(rules, today());
  const again = async () => {
    await render(root, context);
    root.querySelector('h2')?.focus();
  };
  clear(root, referrals.map(r => {
    const c = cases.find(x => x.referralId === r.id);
    return c ? section(c, r, customer, law, again) : notice('info', text('study.waiting'));
  }));
}

/** The version of the rules in force on a day: the latest that has started. */
function inForce(rules, day) {
  return rules.filter(r => r.effectiveFrom <= day).sort((a, b) => a.effectiveFrom < b.effectiveFrom ? 1 : -1)[0];
}

function section(c, referral, customer, law, after) {
  const id = 'study-' + c.referralId;
  const d = c.decision;
  return h('section', { class: 'study-case', 'aria-labelledby': id },
    h('h2', { id, tabindex: '-1' }, text('study.referral', fmtDate(c.referredOn)) + ' – ' + text('state.' + c.state)),
    h('p', {}, referral.purpose),
    d ? decided(d) : OPEN.includes(c.state) && law ? decide(c, customer, law, after) : h('p', {}, text('study.closed')));
}

function decided(d) {
  const outcome = d.outcome === 'supported' ? text('study.supported', fmtDate(d.supportedFrom), fmtDate(d.supportedUntil))
    : text('study.not-supported');
  return h('div', { class: 'study-decision' },
    h('h3', {}, text('study.decision', d.number, fmtDate(d.decidedOn))),
    h('p', { class: 'study-outcome' }, h('strong', {}, outcome)),
    h('dl', {},
      h('dt', {}, text('study.institution')), h('dd', {}, d.study.institution),
      h('dt', {}, text('study.qualification')), h('dd', {}, d.study.qualification),
      h('dt', {}, text('study.kind')), h('dd', {}, text('kind.' + d.study.kind)),
      h('dt', {}, text('study.start')), h('dd', {}, fmtDate(d.study.start)),
      h('dt', {}, text('study.end')), h('dd', {}, fmtDate(d.study.end)),
      h('dt', {}, text('study.reasoning')), h('dd', {}, d.reasoning)),
    h('p', {},
      h('a', { href: BASE + d.id + '/document', class: 'study-document', download: '' }, text('study.download')), ' · ',
      h('a', { href: BASE + d.id + '/statement', class: 'study-statement', download: 'statement-' + d.number + '.json' }, text('study.statement'))));
}

function decide(c, customer, law, after) {
  const language = ['fi', 'sv'].includes(customer.language) ? customer.language : 'fi';
  // The acts by number (the same in every language): "380/2023, 1290/2002".
  const acts = [law.assessment, law.minimumAge.source, law.fullTimeOnly.source, law.maximumMonths.source]
    .flatMap(s => s.source.match(/\d+\/\d{4}/g) || []);
  const el = form([
    field({ name: 'decidedOn', type: 'date', required: true, label: text('study.decided-on'), value: today() }),
    field({ name: 'language', type: 'select', required: true, label: text('study.language'), value: language,
      options: ['fi', 'sv', 'en'].map(l => ({ value: l, label: text('lang.' + l) })) }),
    field({ name: 'institution', required: true, label: text('study.institution') }),
    field({ name: 'qualification', required: true, label: text('study.qualification') }),
    field({ name: 'studyKind', type: 'select', required: true, label: text('study.kind'),
      options: law.studyKinds.value.map(k => ({ value: k, label: text('kind.' + k) })) }),
    field({ name: 'fullTime', type: 'checkbox', label: text('study.full-time') }),
    field({ name: 'studyStart', type: 'date', required: true, label: text('study.start') }),
    field({ name: 'studyEnd', type: 'date', required: true, label: text('study.end') }),
    field({ name: 'improvesProspects', type: 'checkbox', label: text('study.improves') }),
    field({ name: 'mostAppropriate', type: 'checkbox', label: text('study.appropriate') }),
    field({ name: 'outcome', type: 'select', required: true, label: text('study.outcome'),
      options: ['supported', 'not-supported'].map(o => ({ value: o, label: text('outcome.' + o) })) }),
    field({ name: 'reasoning', type: 'textarea', required: true, rows: 4, label: text('study.reasoning') }),
  ], text('study.record'), async values => {
    await api('v1/self-motivated-study/decisions', { method: 'POST', body: { ...values, referralId: c.referralId } });
    saved(text('study.recorded'));
    await after();
  });
  el.classList.add('study-decision-form');
  return h('div', {}, h('h3', {}, text('study.decide')),
    h('p', { class: 'hint' }, text('study.rules-hint', [...new Set(acts)].join(', '))), el);
}
