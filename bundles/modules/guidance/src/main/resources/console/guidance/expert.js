// The expert assessment tab on a customer's page: the orders on the customer's referrals with what
// the expert delivered and what has been invoiced, a new order from the year's appropriation, an
// invoice against an order, a cancellation of an order not yet delivered.
import { api, clear, field, fmtDate, form, h, notice, saved, today } from '/console/shell/polku.js';
import { euros, text } from './catalogue.js';

const OPEN = ['referred', 'accepted', 'started'];

export default async function render(root, context) {
  const { customer } = context;
  const referrals = (await api('v1/customers/' + customer.id + '/referrals')).filter(r => r.serviceType === 'expert-assessment');
  if (!referrals.length) {
    clear(root, notice('info', text('expert.none')));
    return;
  }
  const year = Number(today().slice(0, 4));
  const [orders, experts, balance] = await Promise.all([
    api('v1/expert-assessments/orders?' + referrals.map(r => 'referral=' + r.id).join('&')),
    api('v1/expert-assessments/experts'), api('v1/expert-assessments/appropriations/' + year)]);
  const again = async () => {
    await render(root, context);
    root.querySelector('h2')?.focus();
  };
  const expertName = account => experts.find(e => e.account === account)?.name || account;
  clear(root,
    h('p', {}, text('expert.balance', year, euros(balance.remainingCents), euros(balance.amountCents))),
    referrals.map(r => h('section', { class: 'expert-referral', 'aria-labelledby': 'ea-' + r.id },
      h('h2', { id: 'ea-' + r.id, tabindex: '-1' }, r.purpose),
      orderList(orders.filter(o => o.referralId === r.id), expertName, again),
      OPEN.includes(r.state) ? orderForm(r.id, experts, again) : null)));
}

function orderList(list, expertName, after) {
  if (!list.length) return h('p', {}, text('order.none-yet'));
  return h('ul', { class: 'expert-orders' }, list.map(o => h('li', {},
    h('p', {}, text('order.line', fmtDate(o.orderedOn), text('kind.' + o.kind), expertName(o.provider), euros(o.priceCents),
      text('order-state.' + o.state))),
    h('p', {}, o.question),
    o.reportSummary ? h('p', {}, text('order.report', fmtDate(o.deliveredOn), o.reportSummary)) : null,
    h('p', {}, text('order.invoiced', euros(o.invoicedCents))),
    o.state === 'ordered' ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
      await api('v1/expert-assessments/orders/' + o.id + '/cancel', { method: 'POST' });
      saved(text('order.cancelled'));
      await after();
    } }, text('order.cancel')) : null,
    o.state !== 'cancelled' && o.invoicedCents < o.priceCents ? invoiceForm(o, after) : null)));
}

function orderForm(referralId, experts, after) {
  const el = form([
    field({ name: 'kind', type: 'select', required: true, label: text('order.kind'),
      options: ['skills', 'work-ability', 'suitability'].map(k => ({ value: k, label: text('kind.' + k) })) }),
    field({ name: 'provider', type: 'select', required: true, label: text('order.provider'),
      options: experts.map(e => ({ value: e.account, label: e.name })) }),
    field({ name: 'price', type: 'number', required: true, min: 1, label: text('order.price') }),
    field({ name: 'question', type: 'textarea', required: true, rows: 2, label: text('order.question'), hint: text('order.question-hint') }),
  ], text('order.record'), async values => {
    const priceCents = values.price === null ? null : Math.round(values.price * 100);
    await api('v1/expert-assessments/orders', { method: 'POST', body: { referralId, kind: values.kind, provider: values.provider,
      question: values.question, priceCents } });
    saved(text('order.recorded'));
    await after();
  });
  el.classList.add('expert-order-form');
  return el;
}

function invoiceForm(order, after) {
  const el = form([
    field({ name: 'invoiceNumber', required: true, label: text('invoice.number') }),
    field({ name: 'amount', type: 'number', required: true, min: 1, label: text('invoice.amount') }),
    field({ name: 'receivedOn', type: 'date', required: true, label: text('invoice.received-on'), value: today() }),
  ], text('invoice.record'), async values => {
    await api('v1/expert-assessments/orders/' + order.id + '/invoices', { method: 'POST', body: { invoiceNumber: values.invoiceNumber,
      receivedOn: values.receivedOn, amountCents: values.amount === null ? null : Math.round(values.amount * 100) } });
    saved(text('invoice.recorded'));
    await after();
  });
  el.classList.add('expert-invoice-form');
  return el;
}
