// The Ohjaamo tab on a customer's page: the Ohjaamo of the customer's home municipality (each has
// its own), the customer's Ohjaamo referrals with the contacts the Ohjaamo workers recorded, and
// for an open referral the form to record a contact and its outcome.
import { api, clear, field, fmtDate, form, h, notice, saved, today } from '/console/shell/polku.js';
import { text } from './catalogue.js';
import { office } from './office.js';

const ACTIVE = ['referred', 'accepted', 'started'];

export default async function render(root, context) {
  const { customer } = context;
  const [offices, referrals] = await Promise.all([api('v1/ohjaamo/offices'), api('v1/customers/' + customer.id + '/referrals')]);
  const mine = referrals.filter(r => r.serviceType === 'ohjaamo');
  const contacts = mine.length ? await api('v1/ohjaamo/contacts?' + mine.map(r => 'referral=' + r.id).join('&')) : [];
  const home = offices.find(o => o.municipality === customer.municipalityCode);
  const again = { ...context, rerender: async () => { await render(root, context); root.querySelector('#ohjaamo-referrals')?.focus(); } };
  clear(root,
    home ? office(home) : notice('info', text('tab.no-office')),
    h('h2', { id: 'ohjaamo-referrals', tabindex: '-1' }, text('tab.referrals')),
    mine.length ? h('ul', { class: 'ohjaamo-referrals' }, mine.map(r => h('li', {},
      h('p', {}, r.purpose + ' – ' + text('referral.' + r.state)),
      contactList(contacts.filter(c => c.referralId === r.id)),
      ACTIVE.includes(r.state) ? contactForm(r, root, again) : null)))
      : notice('info', text('tab.no-referrals')));
}

export function contactList(list) {
  if (!list.length) return h('p', {}, text('tab.no-contacts'));
  return h('ul', { class: 'ohjaamo-contacts' }, list.map(c => h('li', {},
    text('tab.contact-line', fmtDate(c.contactedOn), text('channel.' + c.channel), text('outcome.' + c.outcome)), h('br'), c.note)));
}

export function contactForm(referral, root, context, path = 'v1/ohjaamo/contacts') {
  const el = form([
    field({ name: 'contactedOn', type: 'date', required: true, label: text('tab.contacted-on'), value: today() }),
    field({ name: 'channel', type: 'select', required: true, label: text('tab.channel'),
      options: ['in-person', 'phone', 'online', 'outreach'].map(c => ({ value: c, label: text('channel.' + c) })) }),
    field({ name: 'outcome', type: 'select', required: true, label: text('tab.outcome'),
      options: ['continues', 'education', 'work', 'other-service', 'no-contact', 'ended'].map(o => ({ value: o, label: text('outcome.' + o) })) }),
    field({ name: 'note', type: 'textarea', required: true, rows: 2, label: text('tab.note') }),
  ], text('tab.record'), async values => {
    await api(path, { method: 'POST', body: { ...values, referralId: referral.id || referral.referralId } });
    saved(text('tab.recorded'));
    await context.rerender();
  });
  el.classList.add('ohjaamo-contact-form');
  return el;
}
