// An expert's page (a partner account named in the guidance services' configuration): its own
// orders with the least of each person, and the delivery of an assessment with its summary.
import { api, clear, field, fmtDate, form, h, heading, loading, notice, pageButtons, pageStatus, saved } from '/console/shell/polku.js';
import { euros, text } from './catalogue.js';

export default async function render(root, context, offset = 0) {
  const title = text('provider.title');
  clear(root, heading(title), loading());
  // One page at a time with the total, as every list of the console: never cut silently.
  const page = await api('v1/expert-assessments/provider/orders?limit=50&offset=' + offset);
  const orders = page.items;
  const status = h('p', { class: 'list-status', id: 'list-status-expert', tabindex: '-1' }, pageStatus(page));
  const pager = h('nav', { class: 'pager', 'aria-label': title },
    pageButtons(page, next => render(root, context, next).then(() => root.querySelector('.list-status')?.focus())));
  clear(root, heading(title), orders.length ? [status, h('ul', { class: 'expert-provider-orders' }, orders.map(o => h('li', {},
    h('h2', {}, o.lastName + ', ' + o.firstName),
    h('p', {}, text('provider.line', fmtDate(o.orderedOn), text('kind.' + o.kind), euros(o.priceCents), text('order-state.' + o.state))),
    h('p', {}, o.question),
    o.contact ? h('p', {}, text('provider.contact', o.contact)) : null,
    o.state === 'ordered' ? form([
      field({ name: 'summary', type: 'textarea', required: true, rows: 3, label: text('provider.summary') }),
    ], text('provider.deliver'), async values => {
      await api('v1/expert-assessments/provider/orders/' + o.id + '/deliver', { method: 'POST', body: values });
      saved(text('provider.delivered'));
      await render(root, context, offset);
    }) : null))), pager]
    : notice('info', text('provider.none')));
}
