// Trials for the staff: the trials agreed or under way, and the limits of the law in force with their acts.
import { api, clear, fmtDate, h, heading, loading, notice, t, table } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';

export const TITLE = names('page.title');

export default async function render(root) {
  clear(root, heading(t(TITLE)), loading());
  const [current, rules] = await Promise.all([api('v1/trials/current'), api('v1/trials/rules')]);
  clear(root, heading(t(TITLE)),
    h('section', { id: 'trials-current', 'aria-labelledby': 'trials-current-title' }, h('h2', { id: 'trials-current-title' }, text('page.current')),
      current.length ? table(text('page.current-caption'), [text('page.kind'), text('page.organiser'), text('page.period'), text('page.state')],
        current.map(x => [text('kind.' + x.kind), x.organiserName, text('page.period-value', fmtDate(x.startsOn), fmtDate(x.endsOn)),
          text('state.' + x.state)]))
        : notice('info', text('page.none'))),
    h('section', { id: 'trials-rules', 'aria-labelledby': 'trials-rules-title' }, h('h2', { id: 'trials-rules-title' }, text('page.rules')),
      rules.map(r => table(text('page.rules-caption', fmtDate(r.effectiveFrom)), [text('page.rule'), text('page.value'), text('page.acts'),
        text('page.verified')], r.parameters.map(p => [text('rule.' + p.key), String(p.value), p.acts, text('page.verified.' + p.verified)])))));
}
