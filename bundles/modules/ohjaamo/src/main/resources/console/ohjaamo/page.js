// The municipalities' Ohjaamo offices for the staff, and the age limit in force with its act.
import { api, clear, fmtDate, h, heading, loading, t, table } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';
import { office } from './office.js';

export const TITLE = names('page.title');

export default async function render(root) {
  clear(root, heading(t(TITLE)), loading());
  const [offices, rules] = await Promise.all([api('v1/ohjaamo/offices'), api('v1/ohjaamo/rules')]);
  clear(root, heading(t(TITLE)), h('p', {}, text('page.intro')),
    h('div', { id: 'ohjaamo-offices' }, offices.map(office)),
    h('section', { id: 'ohjaamo-rules', 'aria-labelledby': 'ohjaamo-rules-title' }, h('h2', { id: 'ohjaamo-rules-title' }, text('page.rules')),
      table(text('page.rules-caption'), [text('page.from'), text('page.age-limit'), text('page.acts'), text('page.verified')],
        rules.map(r => [fmtDate(r.effectiveFrom), String(r.ageLimit), r.acts, text('page.verified.' + r.verified)]))));
}
