// The statutory workload of the coming weeks against each unit's hours: per unit and week, the
// hours the open statutory tasks due take beside the hours the staff have for them; a week over
// capacity is marked in words, not by colour alone, so that a unit lead can act before deadlines slip.
import { api, clear, exportButtons, fmtDate, h, lang, table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const hours = n => n.toLocaleString(lang() === 'en' ? 'en-GB' : lang() + '-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default async function render(root) {
  const f = await api('v1/forecast/workload?weeks=12');
  const weeks = f.units.length ? f.units[0].weeks.map(w => w.monday) : [];
  const headers = [text('widget-workload.unit'), text('widget-workload.staff'), ...weeks.map(m => text('widget-workload.week', fmtDate(m)))];
  const name = u => (u.names && (u.names[lang()] || u.names.fi)) || u.unit;
  const cell = w => h('span', { class: w.overCapacity ? 'over-capacity' : undefined, 'data-over': w.overCapacity ? 'true' : undefined },
    text('widget-workload.due-of-available', hours(w.hoursDue), hours(w.hoursAvailable)),
    w.overCapacity ? h('strong', {}, ' ', text('widget-workload.over')) : null);
  const over = f.units.flatMap(u => u.weeks.filter(w => w.overCapacity).map(w => name(u) + ' ' + fmtDate(w.monday)));
  clear(root, h('p', {}, text('widget-workload.intro', hours(f.hoursPerWeek), Math.round(f.taskShare * 100))),
    h('p', { id: 'workload-summary' }, over.length ? text('widget-workload.weeks-over', over.length) : text('widget-workload.none-over')),
    h('div', { class: 'table-scroll' }, table(text('widget-workload.title'), headers,
      f.units.map(u => [name(u), hours(u.staff) + (u.staffConfigured ? '' : ' ' + text('widget-workload.accounts')), ...u.weeks.map(cell)]))),
    exportButtons({ name: 'polku-workload', title: text('workload-forecast'), headers,
      rows: () => f.units.map(u => [name(u), u.staff, ...u.weeks.map(w => text('widget-workload.due-of-available', hours(w.hoursDue),
        hours(w.hoursAvailable)) + (w.overCapacity ? ' ' + text('widget-workload.over') : ''))]) }));
}
