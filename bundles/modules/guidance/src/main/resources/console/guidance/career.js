// The career guidance tab on a customer's page: the sessions, the customer's consents (to
// psychological assessment methods, and to sharing their results with the other staff), and the
// psychological assessments, whose results show only to the psychologists or under that consent.
import { api, clear, field, fmtDate, fmtDateTime, form, h, notice, person, saved, staffNames, today } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const OPEN = ['referred', 'accepted', 'started'];

export default async function render(root, context) {
  const { customer } = context;
  const referrals = (await api('v1/customers/' + customer.id + '/referrals')).filter(r => r.serviceType === 'career-guidance');
  if (!referrals.length) {
    clear(root, notice('info', text('career.none')));
    return;
  }
  const [cases, people, me] = await Promise.all([api('v1/career-guidance/cases?' + referrals.map(r => 'referral=' + r.id).join('&')),
    staffNames(), api('v1/career-guidance/me')]);
  const again = async () => {
    await render(root, context);
    root.querySelector('h2')?.focus();
  };
  clear(root, referrals.map(r => {
    const c = cases.find(x => x.referralId === r.id);
    return c ? section(c, r, people, me.psychologist, again) : notice('info', text('career.waiting'));
  }));
}

function section(c, referral, people, psychologist, after) {
  const open = OPEN.includes(c.state);
  const id = 'cg-' + c.referralId;
  const methods = c.consents.some(k => k.scope === 'methods' && !k.withdrawnAt);
  return h('section', { class: 'career-case', 'aria-labelledby': id },
    h('h2', { id, tabindex: '-1' }, text('career.referral', fmtDate(c.referredOn)) + ' – ' + text('state.' + c.state)),
    h('p', {}, referral.purpose),
    h('h3', {}, text('session.title')),
    c.sessions.length ? h('ul', { class: 'career-sessions' }, c.sessions.map(s => h('li', {},
      text('session.line', fmtDate(s.heldOn), text('mode.' + s.mode), person(people, s.recordedBy)), h('br'), s.notes)))
      : h('p', {}, text('session.none')),
    open ? named('career-session-form', form([
      field({ name: 'heldOn', type: 'date', required: true, label: text('session.held-on'), value: today() }),
      field({ name: 'mode', type: 'select', required: true, label: text('session.mode'),
        options: ['face-to-face', 'phone', 'video', 'group'].map(m => ({ value: m, label: text('mode.' + m) })) }),
      field({ name: 'notes', type: 'textarea', required: true, rows: 3, label: text('session.notes') }),
    ], text('session.record'), async values => {
      await api('v1/career-guidance/sessions', { method: 'POST', body: { ...values, referralId: c.referralId } });
      saved(text('session.recorded'));
      await after();
    })) : null,
    h('h3', {}, text('consent.title')),
    h('p', { class: 'hint' }, text('consent.explain')),
    c.consents.length ? h('ul', { class: 'career-consents' }, c.consents.map(k => {
      const what = text('consent.line', text('scope.' + k.scope), fmtDate(k.givenOn));
      return h('li', {}, what, ' ', k.withdrawnAt ? text('consent.withdrawn', fmtDateTime(k.withdrawnAt))
        : h('button', { type: 'button', class: 'secondary', 'aria-label': text('consent.withdraw') + ': ' + what, onclick: async () => {
          await api('v1/career-guidance/consents/' + k.id + '/withdraw', { method: 'POST' });
          saved(text('consent.withdrawn-now'));
          await after();
        } }, text('consent.withdraw')));
    })) : h('p', {}, text('consent.none')),
    open ? named('career-consent-form', form([
      field({ name: 'scope', type: 'select', required: true, label: text('consent.scope'),
        options: ['methods', 'share-results'].map(s => ({ value: s, label: text('scope.' + s) })) }),
      field({ name: 'givenOn', type: 'date', required: true, label: text('consent.given-on'), value: today() }),
    ], text('consent.record'), async values => {
      await api('v1/career-guidance/consents', { method: 'POST', body: { ...values, referralId: c.referralId } });
      saved(text('consent.recorded'));
      await after();
    })) : null,
    h('h3', {}, text('assessment.title')),
    c.assessments.length ? h('ul', { class: 'career-assessments' }, c.assessments.map(a => h('li', {},
      text('assessment.line', fmtDate(a.conductedOn), a.method, person(people, a.psychologist)), h('br'),
      a.results === null ? h('em', {}, text('assessment.results-not-shared')) : a.results)))
      : h('p', {}, text('assessment.none')),
    open && psychologist ? (methods ? named('career-assessment-form', form([
      field({ name: 'conductedOn', type: 'date', required: true, label: text('assessment.conducted-on'), value: today() }),
      field({ name: 'method', required: true, label: text('assessment.method') }),
      field({ name: 'results', type: 'textarea', required: true, rows: 3, label: text('assessment.results') }),
    ], text('assessment.record'), async values => {
      await api('v1/career-guidance/psychological-assessments', { method: 'POST', body: { ...values, referralId: c.referralId } });
      saved(text('assessment.recorded'));
      await after();
    })) : notice('info', text('assessment.consent-first'))) : null);
}

function named(className, el) {
  el.classList.add(className);
  return el;
}
