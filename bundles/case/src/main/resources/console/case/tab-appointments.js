// The customer's appointments: the meetings booked (moved and cancelled with their reasons), a new
// booking from an open statutory step, offered free times before its deadline, and the caseworker's
// assessment of the customer's labour-market position (who may be met at the municipal premises).
import { ApiError, announce, api, clear, currentUser, field, fmtDate, fmtDateTime, form, h, notice, person, staffNames, t, table }
  from '/console/shell/polku.js';
import { stepName } from './texts.js';
import { text } from './catalogue.js';
import { CHANNELS, PURPOSES, freeTimes, lengthField, purpose, state, when, where } from './appointments.js';

const INTERVIEW_STEPS = /^(initial-interview|initial-assessment|supplementary-interview|job-search-interview)/;

export default async function render(root, context) {
  const { customer, openPeriod, org: o } = context;
  const [booked, people, position] = await Promise.all([
    api('v1/appointments?customer=' + customer.id + '&from=' + pastDays(90) + '&to=' + pastDays(-270)),
    staffNames(), api('v1/customers/' + customer.id + '/labour-market-position')]);
  const message = h('div', { 'aria-live': 'polite' });
  const again = async note => {
    await render(root, context);
    if (note) announce(note);
  };
  clear(root,
    h('h2', { tabindex: '-1' }, text('appointment.title')),
    message,
    booked.length ? table(text('appointment.title'),
      [text('appointment.when'), text('appointment.purpose'), text('appointment.where'), text('appointment.worker'),
        text('appointment.state'), ''],
      booked.map(a => [when(a), purpose(a.purpose), where(a, o), person(people, a.worker),
        [state(a), a.lastReason ? h('div', { class: 'hint' }, text('appointment.reason') + ': ' + a.lastReason) : null],
        a.state === 'booked' ? actions(a, customer, o, again, message) : ''])) : h('p', {}, text('appointment.none')),
    bookingForm(customer, openPeriod, o, people, again),
    positionForm(customer, position, people, again));
}

function pastDays(days) {
  const d = new Date(Date.now() - days * 86400000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(d);
}

function workerOptions(o, people) {
  return o.caseworkers.map(c => ({ value: c.username, label: people[c.username] || c.username }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function bookingForm(customer, period, o, people, again) {
  const tasks = period ? period.timeline.filter(s => s.state === 'open' && s.taskId && INTERVIEW_STEPS.test(s.step)) : [];
  const me = currentUser();
  const mine = o.caseworkers.find(c => c.username === me?.username);
  const slots = h('div', { class: 'free-times' });
  const chooser = form([
    field({ name: 'task', type: 'select', label: text('appointment.for-task'), value: tasks[0]?.taskId || '',
      options: [...tasks.map(s => ({ value: s.taskId, label: stepName(s.step) + ', ' + text('appointment.due', fmtDate(s.due)) })),
        { value: '', label: text('appointment.no-task') }] }),
    field({ name: 'purpose', type: 'select', label: text('appointment.purpose'), value: 'guidance',
      options: PURPOSES.map(p => ({ value: p, label: purpose(p) })) }),
    field({ name: 'worker', type: 'select', label: text('appointment.worker'), value: mine ? mine.username : undefined,
      options: workerOptions(o, people) }),
    field({ name: 'channel', type: 'select', label: text('appointment.channel'), value: 'in-person',
      options: CHANNELS.map(c => ({ value: c, label: text('appointment.channel.' + c) })) }),
    field({ name: 'servicePoint', type: 'select', label: text('appointment.place'), value: mine ? mine.servicePoint : undefined,
      options: o.servicePoints.map(p => ({ value: p.id, label: t(p.names) })) }),
    lengthField(60),
  ], text('appointment.find'), async values => {
    const task = tasks.find(s => s.taskId === values.task);
    const inPerson = values.channel === 'in-person';
    await freeTimes(slots, { worker: values.worker, customer: customer.id, channel: values.channel,
      servicePoint: inPerson ? values.servicePoint : null, minutes: values.minutes, task: values.task },
    task ? text('appointment.free-before', fmtDate(task.due)) : text('appointment.free'), text('appointment.book'), async slot => {
      const made = await api('v1/appointments', { method: 'POST', body: { customerId: customer.id, worker: values.worker,
        start: slot.start, minutes: Number(values.minutes), channel: values.channel, servicePoint: inPerson ? values.servicePoint : null,
        room: slot.room, taskId: values.task || null, purpose: values.task ? null : values.purpose } });
      await again(text('appointment.booked', when(made)));
    });
  });
  chooser.classList.add('booking');
  // The purpose follows the task when one is chosen; the service point matters only in person.
  const sync = () => {
    chooser.querySelector('[data-field="purpose"]').hidden = !!chooser.elements.task.value;
    chooser.querySelector('[data-field="servicePoint"]').hidden = chooser.elements.channel.value !== 'in-person';
  };
  chooser.addEventListener('change', sync);
  sync();
  return h('section', { class: 'book' }, h('h3', {}, text('appointment.book')), chooser, slots);
}

function actions(a, customer, o, again, message) {
  const place = h('div', { class: 'appointment-change' });
  const reasonField = () => field({ name: 'reason', required: true, label: text('appointment.reason') });
  return h('div', { class: 'actions' },
    h('a', { class: 'button invitation', href: '/api/v1/appointment-invitations/' + a.id + '.pdf', target: '_blank', rel: 'noopener',
      'aria-label': text('appointment.invitation') + ': ' + when(a) }, text('appointment.invitation')),
    ['email', 'post'].map(channel => h('button', { type: 'button', class: 'secondary send-' + channel,
      'aria-label': text('appointment.send-' + channel) + ': ' + when(a), onclick: async () => {
        try {
          await api('v1/appointment-invitations/' + a.id, { method: 'POST', body: { channel } });
          await again(text('appointment.sent'));
        } catch (e) {
          clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
        }
      } }, text('appointment.send-' + channel))),
    h('button', { type: 'button', class: 'secondary', 'aria-label': text('appointment.move') + ': ' + when(a), onclick: async () => {
      await freeTimes(place, { worker: a.worker, customer: customer.id, channel: a.channel, servicePoint: a.servicePoint,
        minutes: Math.round((new Date(a.end) - new Date(a.start)) / 60000), task: a.taskId },
      text('appointment.free'), text('appointment.move-to'), async (slot, values) => {
        const moved = await api('v1/appointments/' + a.id + '/move', { method: 'POST', body: { start: slot.start, room: slot.room,
          reason: values.reason } });
        await again(text('appointment.moved-to', when(moved)));
      }, [reasonField()]);
    } }, text('appointment.move')),
    h('button', { type: 'button', class: 'secondary', 'aria-label': text('appointment.cancel') + ': ' + when(a), onclick: () => {
      clear(place, form([reasonField()], text('appointment.cancel-it'), async values => {
        await api('v1/appointments/' + a.id + '/cancel', { method: 'POST', body: { reason: values.reason } });
        await again(text('appointment.cancelled'));
      }));
      place.querySelector('input')?.focus();
    } }, text('appointment.cancel')),
    place);
}

function positionForm(customer, position, people, again) {
  const el = form([
    field({ name: 'weaker', type: 'checkbox', label: text('appointment.weaker'), value: position.weaker }),
    field({ name: 'reason', type: 'textarea', rows: 2, required: true, label: text('appointment.position-reason'), value: position.reason || '' }),
  ], text('appointment.position-save'), async values => {
    await api('v1/customers/' + customer.id + '/labour-market-position', { method: 'PUT', body: values });
    await again(text('appointment.position-saved'));
  });
  el.classList.add('position');
  return h('section', {}, h('h3', {}, text('appointment.position')),
    position.recordedBy ? h('p', { class: 'hint' }, text('appointment.position-by', people[position.recordedBy] || '', fmtDateTime(position.recordedAt)))
      : null, el);
}
