// A worker of the wellbeing services county or Kela: the customers whose consent in force names
// the worker's authority, with only what the consent allows, and a follow-up to record where the
// consent covers the plan.
import { api, clear, h, heading, loading, notice } from '/console/shell/polku.js';
import { text } from './catalogue.js';
import { followUpForm } from './forms.js';
import { assessments, followUps, plan } from './records.js';

export default async function render(root, context) {
  const title = text('authority.title');
  clear(root, heading(title), loading());
  const list = await api('v1/multisector/authority/customers');
  const again = () => render(root, context);
  clear(root, heading(title), h('p', {}, text('authority.intro')), list.length
    ? h('ul', { class: 'multisector-authority' }, list.map(c => h('li', {},
      h('h2', {}, c.lastName + ', ' + c.firstName),
      h('p', {}, text('authority.allowed', c.scopes.map(s => text('scope.' + s)).join(', '))),
      c.contact ? h('p', {}, text('authority.contact', c.contact)) : null,
      c.scopes.includes('assessment') ? [h('h3', {}, text('assessment.title')), assessments(c.assessments)] : null,
      c.scopes.includes('plan') ? [h('h3', {}, text('plan.title')), plan(c.plans), h('h3', {}, text('follow-up.title')), followUps(c.followUps),
        c.plans.length ? followUpForm(c.referralId, again, 'v1/multisector/authority/follow-ups') : null] : null)))
    : notice('info', text('authority.none-consented')));
}
