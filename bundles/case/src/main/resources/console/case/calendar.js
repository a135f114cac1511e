// A worker's calendar, a week at a time (mine by default; a unit lead looks at the team's too), and
// the worker's iCalendar feed for a calendar program: made, shown once, turned off.
import { ApiError, announce, api, clear, currentUser, field, fmtDate, h, heading, loading, notice, staffNames, t, today }
  from '/console/shell/polku.js';
import { org } from './texts.js';
import { text } from './catalogue.js';
import { purpose, state, when, where } from './appointments.js';

export default async function render(root, context, monday = mondayOf(today()), worker = currentUser()?.username) {
  const title = text('calendar.title');
  clear(root, heading(title), loading());
  const sunday = addDays(monday, 6);
  const [meetings, o, people, feed] = await Promise.all([
    api('v1/appointments?worker=' + encodeURIComponent(worker) + '&from=' + monday + '&to=' + sunday), org(), staffNames(),
    api('v1/calendar-feed')]);
  const chooser = field({ name: 'worker', type: 'select', label: text('calendar.whose'), value: worker,
    options: o.caseworkers.map(c => ({ value: c.username, label: people[c.username] || c.username })) });
  chooser.querySelector('select').addEventListener('change', e => render(root, context, monday, e.target.value));
  const days = [0, 1, 2, 3, 4, 5, 6].map(i => addDays(monday, i)).map(day => {
    const mine = meetings.filter(m => dayOf(m.start) === day);
    return mine.length ? h('section', { class: 'calendar-day' }, h('h3', {}, weekday(day) + ' ' + fmtDate(day)),
      h('ul', {}, mine.map(m => h('li', { class: 'appointment-' + m.state },
        h('strong', {}, when(m)), ' ', purpose(m.purpose), ' – ', where(m, o), ' – ',
        h('a', { href: '#/customer/' + m.customerId }, m.customerName), m.state !== 'booked' ? ' (' + state(m) + ')' : '')))) : null;
  }).filter(Boolean);
  clear(root, heading(title),
    h('div', { class: 'calendar-nav' },
      h('button', { type: 'button', class: 'secondary', onclick: () => render(root, context, addDays(monday, -7), worker) }, text('calendar.previous')),
      h('p', { id: 'calendar-week' }, text('calendar.week', isoWeek(monday)) + ': ' + fmtDate(monday) + '–' + fmtDate(sunday)),
      h('button', { type: 'button', class: 'secondary', onclick: () => render(root, context, addDays(monday, 7), worker) }, text('calendar.next'))),
    chooser,
    days.length ? days : notice('info', text('appointment.none')),
    worker === currentUser()?.username ? feedSection(feed) : null);
}

function feedSection(feed) {
  const out = h('div', { 'aria-live': 'polite' }, feed.active ? h('p', {}, text('calendar.feed-active')) : null);
  return h('section', { class: 'calendar-feed' }, h('h2', {}, text('calendar.feed')), h('p', { class: 'hint' }, text('calendar.feed-hint')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        try {
          const made = await api('v1/calendar-feed', { method: 'POST' });
          const address = new URL('/api/' + made.path, location.href).href;
          clear(out, h('div', { class: 'field' }, h('label', { for: 'feed-address' }, text('calendar.feed-address')),
            h('input', { id: 'feed-address', type: 'text', readonly: true, value: address })));
          out.querySelector('input').select();
        } catch (e) {
          clear(out, notice('error', e instanceof ApiError ? e.message : String(e)));
        }
      } }, text('calendar.feed-make')),
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        await api('v1/calendar-feed', { method: 'DELETE' });
        clear(out, h('p', {}, text('calendar.feed-off')));
        announce(text('calendar.feed-off'));
      } }, text('calendar.feed-revoke'))),
    out);
}

function dayOf(iso) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}

function weekday(day) {
  const language = document.documentElement.lang || 'fi';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language + '-FI', { weekday: 'long', timeZone: 'UTC' })
    .format(new Date(day + 'T12:00:00Z'));
}

function addDays(day, n) {
  const d = new Date(day + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function mondayOf(day) {
  const d = new Date(day + 'T12:00:00Z');
  return addDays(day, -((d.getUTCDay() + 6) % 7));
}

function isoWeek(day) {
  const d = new Date(day + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  return 1 + Math.round(((d - firstThursday) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
}
