// What the appointment pages share: the names of channels, purposes and states, a meeting's time
// and place as a person reads them, and the free-times picker that books or moves a meeting.
import { ApiError, api, clear, field, fmtDateTime, form, h, notice, t } from '/console/shell/polku.js';
import { text } from './catalogue.js';

export const CHANNELS = ['in-person', 'phone', 'video'];
export const PURPOSES = ['initial-interview', 'initial-assessment', 'supplementary-interview', 'job-search-interview', 'guidance', 'other'];
export const LENGTHS = [30, 45, 60, 90];

export function when(a) {
  return fmtDateTime(a.start) + '–' + new Intl.DateTimeFormat('fi-FI', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' })
    .format(new Date(a.end));
}

export function where(a, o) {
  if (a.channel !== 'in-person') return text('appointment.channel.' + a.channel);
  const point = o.servicePoints.find(p => p.id === a.servicePoint);
  const name = point ? t(point.names) : a.servicePoint;
  return a.room ? name + ', ' + text('appointment.room', a.room) : name;
}

export function purpose(p) {
  return PURPOSES.includes(p) ? text('appointment.purpose.' + p) : text('appointment.purpose.other');
}

export function state(a) {
  return text('appointment.state.' + a.state) + (a.moves ? ' (' + text('appointment.moved', a.moves) + ')' : '');
}

/**
 * The free times offered for `query` (worker, channel, servicePoint, minutes, customer, task), as
 * radio buttons in a list; choose(slot) books or moves. Shown in `root`.
 */
export async function freeTimes(root, query, title, submitLabel, choose, extraFields = []) {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  let slots;
  try {
    slots = await api('v1/appointments/free-times?' + params);
  } catch (e) {
    clear(root, notice('error', e instanceof ApiError ? e.message : String(e)));
    return;
  }
  if (!slots.length) {
    clear(root, notice('info', text('appointment.none-free')));
    return;
  }
  const name = 'slot-' + Math.random().toString(36).slice(2);
  const list = h('fieldset', { class: 'slots' }, h('legend', {}, title),
    slots.map((s, i) => h('label', { class: 'slot' }, h('input', { type: 'radio', name, value: String(i), required: true, checked: i === 0 || undefined }),
      ' ', when(s), s.room ? ' – ' + text('appointment.room', s.room) : '')));
  const picker = form([list, ...extraFields], submitLabel, async (values, el) => {
    const chosen = slots[Number(el.querySelector('input[name="' + name + '"]:checked').value)];
    await choose(chosen, values);
  });
  clear(root, picker);
  list.querySelector('input')?.focus();
}

export function lengthField(value = 60) {
  return field({ name: 'minutes', type: 'select', label: text('appointment.minutes'), value: String(value),
    options: LENGTHS.map(m => ({ value: String(m), label: text('appointment.minutes-n', m) })) });
}
