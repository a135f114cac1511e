// The unit lead's view of the team: each caseworker's open, overdue and soon-due tasks and the
// customers they are responsible for, and the unit's queue; each figure leads to the list behind it.
import { api, clear, currentUser, h, heading, loading, staffNames, table } from '/console/shell/polku.js';
import { org, unitName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const [o, people] = await Promise.all([org(), staffNames()]);
  const me = o.caseworkers.find(c => c.username === currentUser().username);
  const unit = context.args[0] || (me && me.unit) || o.units[0].id;
  const select = h('select', { id: 'team-unit' }, o.units.map(u => h('option', { value: u.id }, unitName(o, u.id))));
  select.value = unit;
  const show = h('button', { type: 'button', class: 'secondary', onclick: () => { location.hash = '#/team/' + select.value; } },
    text('team.show'));
  const body = h('div', {}, loading());
  clear(root, heading(text('team.title')), h('div', { class: 'search' }, h('div', { class: 'field' },
    h('label', { for: 'team-unit' }, text('team.unit')), select), show), body);
  const load = await api('v1/units/' + encodeURIComponent(unit) + '/workload');
  const link = (href, figure) => (figure ? h('a', { href }, String(figure)) : '0');
  clear(body,
    h('p', { id: 'team-queue' }, text('team.queue', load.queued, load.queuedOverdue), ' ',
      h('a', { href: '#/unit-queue/' + encodeURIComponent(unit) }, text('team.open-the-queue'))),
    load.workers.length ? table(text('team.caption', unitName(o, unit)),
      [text('team.worker'), text('team.open-tasks'), text('team.overdue'), text('team.due-within-week'), text('team.responsible-for')],
      load.workers.map(w => [people[w.username] || text('team.unknown-worker'),
        link('#/worklist/' + encodeURIComponent(w.username), w.openTasks), String(w.overdue), String(w.dueWithinWeek),
        String(w.responsibleCustomers)]),
      { rowClass: i => (load.workers[i].overdue ? 'overdue' : undefined) })
      : h('p', {}, text('team.no-workers')));
}
