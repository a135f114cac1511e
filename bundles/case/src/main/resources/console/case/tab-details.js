// Contact details as registered.
import { h, t, fmtDateTime, clear, person, staffNames } from '/console/shell/polku.js';
import { CHANNELS, LANGUAGES, label, languageName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, { customer: c }) {
  const people = await staffNames();
  const row = (key, value) => [h('dt', {}, text(key)), h('dd', {}, value || '–')];
  clear(root, h('dl', { class: 'facts' },
    row('tab-details.language', label(LANGUAGES, c.language)),
    row('tab-details.mother-tongue', languageName(c.motherTongue)),
    row('tab-details.interpreter', text(c.interpreterNeeded ? 'tab-details.interpreter-needed' : 'tab-details.interpreter-not-needed')),
    row('tab-details.phone', c.phone),
    row('tab-details.email', c.email),
    row('tab-details.address', [c.streetAddress, [c.postalCode, c.postOffice].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
    row('tab-details.preferred-channel', label(CHANNELS, c.preferredChannel)),
    row('tab-details.registered', [fmtDateTime(c.createdAt), ' (', person(people, c.createdBy), ')'])));
}
