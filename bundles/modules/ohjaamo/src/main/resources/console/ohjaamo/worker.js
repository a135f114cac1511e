// A youth worker's page (a partner account named in its Ohjaamo's configuration): the open
// referrals to its own Ohjaamo with the least of each young person, and a contact to record;
// a page at a time with the total, never cut silently.
import { api, clear, h, heading, loading, notice, pageButtons, pageStatus } from '/console/shell/polku.js';
import { text } from './catalogue.js';
import { contactForm } from './tab.js';

export default async function render(root, context, offset = 0) {
  const title = text('worker.title');
  clear(root, heading(title), loading());
  const page = await api('v1/ohjaamo/worker/referrals?limit=50&offset=' + offset);
  const again = { ...context, rerender: () => render(root, context, offset) };
  const status = h('p', { class: 'list-status', id: 'list-status-ohjaamo', tabindex: '-1' }, pageStatus(page));
  clear(root, heading(title), page.items.length ? [status, h('ul', { class: 'ohjaamo-worker-referrals' }, page.items.map(r => h('li', {},
    h('h2', {}, r.lastName + ', ' + r.firstName),
    h('p', {}, text('worker.line', r.purpose, text('referral.' + r.state), r.contact || '')),
    contactForm(r, root, again)))),
  h('nav', { class: 'pager', 'aria-label': text('worker.title') },
    pageButtons(page, next => render(root, context, next).then(() => root.querySelector('.list-status')?.focus())))]
    : notice('info', text('worker.none')));
}
