// The current employment plan and its earlier versions; the plan printed as a PDF in the customer's
// language, and the list of documents handed over or sent to the customer.
import { api, clear, h, notice, t, table, fmtDateTime, person, staffNames } from '/console/shell/polku.js';
import { CHANNELS, label, languageName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const { openPeriod: p, customer } = context;
  const [people, documents] = await Promise.all([staffNames(), api('v1/customers/' + customer.id + '/documents')]);
  const list = documentList(documents, people);
  if (!p || !p.plan) {
    clear(root, notice('info', text('tab-plan.no-employment-plan-yet-it-is-made-at-the')), list);
    return;
  }
  const plan = p.plan;
  // The PDF opens beside the console; the list shows the print when the tab is next drawn.
  const print = h('a', { class: 'button', id: 'print-plan', href: '/api/v1/job-search-periods/' + p.id + '/plan.pdf',
    target: '_blank', rel: 'noopener', onclick: () => setTimeout(() => render(root, context), 1500) }, text('documents.print-plan'));
  clear(root, print, h('dl', { class: 'facts', id: 'current-plan' },
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
    p.planHistory.map(v => [String(v.version), [fmtDateTime(v.createdAt), ' (', person(people, v.createdBy), ')'], String(v.applicationsPerMonth), v.agreedServices || ''])) : null,
  list);
}

function documentList(documents, people) {
  return h('section', { class: 'documents' }, h('h2', {}, text('documents.title')),
    documents.length ? table(text('documents.title'),
      [text('documents.what'), text('documents.version'), text('documents.how'), text('documents.delivery'), text('documents.language'),
        text('documents.when'), text('documents.who')],
      documents.map(d => [text('documents.kind.' + d.kind), d.version ? String(d.version) : '', text('documents.channel.' + d.channel),
        d.delivery ? text('documents.delivery.' + d.delivery) : '', languageName(d.language), fmtDateTime(d.at), person(people, d.by)]))
      : h('p', {}, text('documents.none')));
}
