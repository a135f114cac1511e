// The current employment plan and its earlier versions.
import { clear, h, notice, t, table, fmtDateTime, person, staffNames } from '/console/shell/polku.js';
import { CHANNELS, label } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, { openPeriod: p }) {
  if (!p || !p.plan) {
    clear(root, notice('info', text('tab-plan.no-employment-plan-yet-it-is-made-at-the')));
    return;
  }
  const plan = p.plan;
  const people = await staffNames();
  clear(root, h('dl', { class: 'facts', id: 'current-plan' },
    h('dt', {}, text('tab-plan.version')), h('dd', {}, String(plan.version)),
    h('dt', {}, text('tab-plan.work-search-obligation')),
    h('dd', {}, text('tab-plan.applications-a-month', plan.applicationsPerMonth)),
    h('dt', {}, text('tab-plan.agreed-services')), h('dd', {}, plan.agreedServices || '–'),
    h('dt', {}, text('tab-plan.contact')), h('dd', {}, label(CHANNELS, plan.contactMethod)),
    h('dt', {}, text('tab-plan.notes')), h('dd', {}, plan.notes || '–'),
    h('dt', {}, text('tab-plan.made')), h('dd', {}, fmtDateTime(plan.createdAt), ' (', person(people, plan.createdBy), ')')),
  p.planHistory.length > 1 ? table(text('tab-plan.plan-history'),
    [text('tab-plan.version'), text('tab-plan.made'),
      text('tab-plan.applications-month'), text('tab-plan.agreed-services')],
    p.planHistory.map(v => [String(v.version), [fmtDateTime(v.createdAt), ' (', person(people, v.createdBy), ')'], String(v.applicationsPerMonth), v.agreedServices || ''])) : null);
}
