// A youth worker's page (a partner account named in its Ohjaamo's configuration): the open
// referrals to its own Ohjaamo with the least of each young person, and a contact to record.
import { api, clear, h, heading, loading, notice } from '/console/shell/polku.js';
import { text } from './catalogue.js';
import { contactForm } from './tab.js';

export default async function render(root, context) {
  const title = text('worker.title');
  clear(root, heading(title), loading());
  const list = await api('v1/ohjaamo/worker/referrals');
  const again = { ...context, rerender: () => render(root, context) };
  clear(root, heading(title), list.length ? h('ul', { class: 'ohjaamo-worker-referrals' }, list.map(r => h('li', {},
    h('h2', {}, r.lastName + ', ' + r.firstName),
    h('p', {}, text('worker.line', r.purpose, text('referral.' + r.state), r.contact || '')),
    contactForm(r, root, again))))
    : notice('info', text('worker.none')));
}
