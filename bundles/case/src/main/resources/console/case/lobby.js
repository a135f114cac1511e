// The walk-in lobby of an office: tickets for visitors (numbers and topics only, never names), the
// call of the next one, and the visit recorded when done (with the customer, when known: it then
// shows in the customer's journal) or as left before being served.
import { ApiError, announce, api, clear, currentUser, field, form, h, heading, loading, notice, staffNames, t, table }
  from '/console/shell/polku.js';
import { org } from './texts.js';
import { text } from './catalogue.js';

const TOPICS = ['job-search', 'benefits', 'services', 'employer', 'other'];

export default async function render(root, context, pointId) {
  const title = text('lobby.title');
  clear(root, heading(title), loading());
  const [o, people] = await Promise.all([org(), staffNames()]);
  const offices = o.servicePoints.filter(p => p.kind === 'office');
  const mine = o.caseworkers.find(c => c.username === currentUser()?.username);
  const point = pointId || (offices.some(p => p.id === mine?.servicePoint) ? mine.servicePoint : offices[0]?.id);
  const queue = await api('v1/lobby/' + encodeURIComponent(point));
  const message = h('div', { 'aria-live': 'polite' });
  const again = note => render(root, context, point).then(() => note && announce(note));
  const office = field({ name: 'office', type: 'select', label: text('lobby.office'), value: point,
    options: offices.map(p => ({ value: p.id, label: t(p.names) })) });
  office.querySelector('select').addEventListener('change', e => render(root, context, e.target.value));
  const issue = form([field({ name: 'topic', type: 'select', label: text('lobby.topic'), value: 'job-search',
    options: TOPICS.map(x => ({ value: x, label: text('lobby.topic.' + x) })) })], text('lobby.issue'), async values => {
    const ticket = await api('v1/lobby/' + point + '/tickets', { method: 'POST', body: values });
    await again(text('lobby.issued', ticket.number));
  });
  issue.classList.add('lobby-issue');
  const waited = ticket => Math.max(0, Math.round((Date.now() - new Date(ticket.issuedAt)) / 60000));
  clear(root, heading(title), office,
    h('p', { id: 'lobby-state' }, queue.open ? text('lobby.open') : text('lobby.closed'), ' ', text('lobby.served-today', queue.servedToday)),
    message,
    queue.open ? issue : null,
    h('h2', {}, text('lobby.waiting')),
    queue.waiting.length ? table(text('lobby.waiting'), [text('lobby.number'), text('lobby.topic'), ''],
      queue.waiting.map(x => [String(x.number), text('lobby.topic.' + x.topic), text('lobby.since', waited(x))])) : h('p', {}, text('lobby.nobody')),
    h('button', { type: 'button', class: 'primary', id: 'call-next', onclick: async () => {
      try {
        const called = await api('v1/lobby/' + point + '/call-next', { method: 'POST' });
        await again(text('lobby.calling', called.number, text('lobby.topic.' + called.topic)));
      } catch (e) {
        clear(message, notice(e instanceof ApiError && e.status === 404 ? 'info' : 'error', e instanceof ApiError ? e.message : String(e)));
      }
    } }, text('lobby.call-next')),
    h('h2', {}, text('lobby.called')),
    queue.called.length ? h('ul', { class: 'lobby-called' }, queue.called.map(x => h('li', {},
      h('strong', {}, text('lobby.number') + ' ' + x.number), ' – ', text('lobby.topic.' + x.topic), ' – ',
      text('lobby.by', people[x.calledBy] || x.calledByName || ''),
      x.calledBy === currentUser()?.username ? closeForm(x, again) : null))) : h('p', {}, text('lobby.nobody')));
}

function closeForm(ticket, again) {
  const results = h('div', { class: 'customer-choice' });
  const search = h('input', { id: 'lobby-customer-' + ticket.number, type: 'search', autocomplete: 'off' });
  const chosen = h('select', { name: 'customerId', id: 'lobby-customer-choice-' + ticket.number },
    h('option', { value: '' }, text('lobby.customer-none')));
  search.addEventListener('change', async () => {
    if (search.value.trim().length < 2) return;
    try {
      const found = (await api('v1/customers?q=' + encodeURIComponent(search.value.trim()) + '&limit=10')).items;
      clear(chosen, h('option', { value: '' }, text('lobby.customer-none')),
        found.map(c => h('option', { value: c.id }, c.lastName + ', ' + c.firstName + ' (' + [c.birthYear, c.postOffice].filter(Boolean).join(', ') + ')')));
      if (found.length) chosen.value = found[0].id;
    } catch (e) {
      clear(results, notice('error', e instanceof ApiError ? e.message : String(e)));
    }
  });
  const el = form([
    field({ name: 'outcome', type: 'select', label: text('lobby.outcome'), value: 'done',
      options: ['done', 'left'].map(x => ({ value: x, label: text('lobby.outcome.' + x) })) }),
    h('div', { class: 'field' }, h('label', { for: search.id }, text('lobby.customer-search')), search),
    h('div', { class: 'field' }, h('label', { for: chosen.id }, text('appointment.customer')), chosen),
    results,
    field({ name: 'notes', type: 'textarea', rows: 2, label: text('lobby.notes') }),
  ], text('lobby.close'), async values => {
    await api('v1/lobby-tickets/' + ticket.id + '/close', { method: 'POST', body: values });
    await again(text('lobby.recorded'));
  });
  el.classList.add('lobby-close');
  return el;
}
