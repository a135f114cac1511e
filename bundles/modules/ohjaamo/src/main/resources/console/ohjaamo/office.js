// One Ohjaamo office as a definition list: where it is, when it is open, whom to call.
import { h } from '/console/shell/polku.js';
import { inLanguage, text } from './catalogue.js';

export function office(o) {
  return h('section', { class: 'ohjaamo-office', 'aria-label': inLanguage(o.names) },
    h('h3', {}, inLanguage(o.names)),
    h('dl', { class: 'facts' },
      h('dt', {}, text('office.address')), h('dd', {}, o.address),
      h('dt', {}, text('office.hours')), h('dd', {}, inLanguage(o.openingHours)),
      h('dt', {}, text('office.contacts')), h('dd', {}, o.contacts.length
        ? h('ul', {}, o.contacts.map(c => h('li', {}, [c.name, c.role, c.phone].filter(Boolean).join(', '))))
        : text('office.no-contacts'))));
}
