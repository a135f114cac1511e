// Recording an interview; the initial and job-search interviews also record the employment plan.
import { api, clear, field, form, h, saved, t, today } from '/console/shell/polku.js';
import { CHANNELS, WORDS } from './texts.js';
import { names, text } from './catalogue.js';

export const available = page => !!page.openPeriod;

const KINDS = { initial: names('action-interview.kinds.initial'),
  supplementary: names('action-interview.kinds.supplementary'),
  'job-search': names('action-interview.kinds.job-search') };
const MODES = { 'face-to-face': names('action-interview.modes.face-to-face'),
  phone: names('action-interview.modes.phone'), video: names('action-interview.modes.video') };

export default async function render(root, page) {
  const p = page.openPeriod;
  const initialHeld = p.interviews.some(i => i.kind === 'initial');
  const options = map => Object.entries(map).map(([value, n]) => ({ value, label: t(n) }));
  const planFields = h('fieldset', { id: 'plan-fields' }, h('legend', {}, text('action-interview.employment-plan')),
    h('p', { class: 'hint' }, text('action-interview.required-at-the-initial-and-the-job-sear')),
    field({ name: 'plan.applicationsPerMonth', label: text('action-interview.work-search-obligation-applications-a-mo'), type: 'number', min: 0, max: 50, value: p.plan ? p.plan.applicationsPerMonth : 4 }),
    field({ name: 'plan.agreedServices', label: text('action-interview.agreed-services-and-steps'),
      type: 'textarea', value: p.plan ? p.plan.agreedServices : '' }),
    field({ name: 'plan.contactMethod', label: text('action-interview.contact-method'), type: 'select',
      options: options(CHANNELS), value: p.plan ? p.plan.contactMethod : 'phone' }),
    field({ name: 'plan.notes', label: text('action-interview.plan-notes'), type: 'textarea' }));
  const interview = form([
    field({ name: 'kind', label: text('action-interview.kind-of-interview'), type: 'select', required: true,
      value: initialHeld ? 'supplementary' : 'initial', options: options(KINDS) }),
    field({ name: 'heldOn', label: text('action-interview.held-on'), type: 'date', required: true, value: today() }),
    field({ name: 'mode', label: text('action-interview.mode'), type: 'select', required: true, value: 'face-to-face', options: options(MODES) }),
    field({ name: 'prerequisites', label: text('action-interview.prerequisites-for-employment-assessment'), type: 'textarea' }),
    field({ name: 'serviceNeed', label: text('action-interview.service-need'), type: 'textarea' }),
    field({ name: 'notes', label: text('action-interview.notes'), type: 'textarea' }),
    planFields,
  ], text('action-interview.save-the-interview'), async values => {
    const body = { ...values };
    if (body.kind === 'supplementary' && !hasPlanInput(body.plan)) delete body.plan;
    await api('v1/job-search-periods/' + p.id + '/interviews', { method: 'POST', body });
    saved(t(WORDS.saved));
    page.reload();
  }, { draft: 'interview-' + p.id });
  interview.id = 'interview-form';
  clear(root, interview);
}

function hasPlanInput(plan) {
  return plan && (plan.agreedServices || plan.notes);
}
