// The multisectoral co-operation tab on a customer's page: each referral to the co-operation with
// what is owed next, the customer's consents (what the wellbeing services county and Kela may see),
// the joint assessments, the joint plan and its follow-ups, with a form for each while it is open.
import { api, clear, fmtDate, fmtDateTime, h, notice, saved, staffNames } from '/console/shell/polku.js';
import { nextStep, text } from './catalogue.js';
import { assessmentForm, consentForm, followUpForm, planForm } from './forms.js';
import { assessments, followUps, plan } from './records.js';

const OPEN = ['referred', 'accepted', 'started'];

export default async function render(root, context) {
  const { customer } = context;
  const referrals = (await api('v1/customers/' + customer.id + '/referrals')).filter(r => r.serviceType === 'multisector');
  if (!referrals.length) {
    clear(root, notice('info', text('tab.none')));
    return;
  }
  const [cases, people] = await Promise.all([api('v1/multisector/cases?' + referrals.map(r => 'referral=' + r.id).join('&')), staffNames()]);
  const again = async () => {
    await render(root, context);
    root.querySelector('h2')?.focus();
  };
  clear(root, referrals.map(r => {
    const c = cases.find(x => x.referralId === r.id);
    return c ? section(c, r, people, again) : h('section', {}, h('h2', { tabindex: '-1' }, text('tab.referral', fmtDate(r.createdAt))),
      notice('info', text('tab.waiting')));
  }));
}

function section(c, referral, people, after) {
  const open = OPEN.includes(c.state);
  const id = 'ms-' + c.referralId;
  return h('section', { class: 'multisector-case', 'aria-labelledby': id },
    h('h2', { id, tabindex: '-1' }, text('tab.referral', fmtDate(c.referredOn)) + ' – ' + text('state.' + c.state)),
    h('p', {}, referral.purpose),
    open ? h('p', { class: c.next?.overdue ? 'overdue' : undefined }, nextStep(c.next)) : null,
    h('h3', {}, text('consent.title')),
    h('p', { class: 'hint' }, text('consent.explain')),
    consents(c, after),
    open ? consentForm(c.referralId, after) : null,
    h('h3', {}, text('assessment.title')),
    assessments(c.assessments, people),
    open ? assessmentForm(c.referralId, after) : null,
    h('h3', {}, text('plan.title')),
    plan(c.plans, people),
    open && c.assessments[0]?.outcome === 'multisectoral' ? planForm(c.referralId, c.plans[0], after) : null,
    h('h3', {}, text('follow-up.title')),
    followUps(c.followUps),
    open && c.plans.length ? followUpForm(c.referralId, after) : null);
}

function consents(c, after) {
  if (!c.consents.length) return h('p', {}, text('consent.none'));
  return h('ul', { class: 'multisector-consents' }, c.consents.map(k => {
    const what = text('consent.line', text('authority.' + k.authority), text('scope.' + k.scope), fmtDate(k.givenOn));
    return h('li', {}, what, ' ', k.withdrawnAt
      ? text('consent.withdrawn', fmtDateTime(k.withdrawnAt))
      : h('button', { type: 'button', class: 'secondary', 'aria-label': text('consent.withdraw') + ': ' + what, onclick: async () => {
        await api('v1/multisector/consents/' + k.id + '/withdraw', { method: 'POST' });
        saved(text('consent.withdrawn-now'));
        await after();
      } }, text('consent.withdraw')));
  }));
}
