// The trials tab on a customer's page: the customer's trial referrals with the trials agreed on them
// and where they stand; for an active referral without a trial under way, the form to record the
// agreed education or work trial (the work trial's grounds, times and the organiser's assurance).
import { api, clear, field, fmtDate, form, h, notice, saved } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const ACTIVE = ['referred', 'accepted', 'started'];
const OPEN = ['agreed', 'started'];

export default async function render(root, context) {
  const { customer, contribution } = context;
  const referrals = (await api('v1/customers/' + customer.id + '/referrals')).filter(r => r.moduleId === contribution.moduleId);
  const trials = referrals.length ? await api('v1/trials?' + referrals.map(r => 'referral=' + r.id).join('&')) : [];
  const items = referrals.map(r => {
    const own = trials.filter(t => t.referralId === r.id);
    const canAgree = ACTIVE.includes(r.state) && !own.some(t => OPEN.includes(t.state));
    return h('li', {}, h('p', {}, r.purpose + ' – ' + text('referral.' + r.state)),
      own.length ? h('ul', {}, own.map(t => h('li', {}, text('tab.trial-line', text('kind.' + t.kind), t.organiserName,
        fmtDate(t.startsOn), fmtDate(t.endsOn), text('state.' + t.state)), ' ',
        h('a', { class: 'trial-document', href: '/api/v1/trial-documents/' + t.id, target: '_blank', rel: 'noopener' }, text('tab.document')),
        t.note ? h('p', { class: 'hint' }, text('tab.note', t.note)) : null)))
        : null,
      canAgree ? agreeForm(r, root, context) : null);
  });
  clear(root, referrals.length
    ? [h('h2', { id: 'trial-referrals', tabindex: '-1' }, text('tab.referrals')), h('ul', { class: 'trial-referrals' }, items)]
    : notice('info', text('tab.no-referrals')));
}

function agreeForm(referral, root, context) {
  const work = [
    field({ name: 'hoursPerDay', type: 'number', min: 1, max: 24, label: text('tab.hours-per-day') }),
    field({ name: 'daysPerWeek', type: 'number', min: 1, max: 7, label: text('tab.days-per-week') }),
    field({ name: 'assurance', type: 'checkbox', label: text('tab.assurance') }),
  ];
  const education = [field({ name: 'trialDays', type: 'number', min: 1, max: 366, label: text('tab.trial-days') })];
  const kind = field({ name: 'kind', type: 'select', required: true, label: text('tab.kind'),
    options: ['work-trial', 'education-trial'].map(k => ({ value: k, label: text('kind.' + k) })) });
  const show = () => {
    const isWork = kind.querySelector('select').value === 'work-trial';
    for (const f of work) { f.hidden = !isWork; f.querySelector('input').disabled = !isWork; }
    for (const f of education) { f.hidden = isWork; f.querySelector('input').disabled = isWork; }
  };
  kind.querySelector('select').addEventListener('change', show);
  const el = form([
    h('p', { class: 'hint' }, text('tab.for-referral', referral.purpose)),
    kind,
    field({ name: 'organiserName', required: true, label: text('tab.organiser') }),
    field({ name: 'organiserBusinessId', required: true, label: text('tab.business-id') }),
    field({ name: 'organiserAccount', label: text('tab.organiser-account'), hint: text('tab.organiser-account-hint') }),
    field({ name: 'statutoryGround', type: 'select', required: true, label: text('tab.statutory-ground'),
      options: ['career-options', 'return-to-work'].map(g => ({ value: g, label: text('ground.' + g) })) }),
    field({ name: 'policyGround', type: 'textarea', required: true, rows: 2, label: text('tab.policy-ground') }),
    field({ name: 'tasks', type: 'textarea', required: true, rows: 3, label: text('tab.tasks') }),
    field({ name: 'startsOn', type: 'date', required: true, label: text('tab.starts') }),
    field({ name: 'endsOn', type: 'date', required: true, label: text('tab.ends') }),
    ...work, ...education,
  ], text('tab.agree'), async values => {
    await api('v1/trials', { method: 'POST', body: { ...values, referralId: referral.id } });
    saved(text('tab.agreed'));
    await render(root, context);
    root.querySelector('#trial-referrals')?.focus();
  });
  el.classList.add('trial-agree');
  show();
  return el;
}
