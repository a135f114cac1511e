// The customer's journal (asiakaskertomus): notes, interviews in full and the events of the case in
// one timeline, newest first, with a filter; a new note, or a correction of an earlier note (the
// journal is append-only: the corrected note stays, marked corrected).
import { api, announce, clear, saved, field, fmtDate, fmtDateTime, form, h, person, serviceLabel, staffNames, t } from '/console/shell/polku.js';
import { org, unitName } from './texts.js';
import { names, text } from './catalogue.js';
import { purpose } from './appointments.js';

const KINDS = ['note', 'interview', 'job-search', 'transfer', 'referral', 'job-offer', 'appointment', 'visit'];
const INTERVIEWS = ['initial', 'supplementary', 'job-search'];
const MODES = ['face-to-face', 'phone', 'video'];
const STATUSES = ['unemployed', 'laid-off', 'part-time', 'in-service', 'employed', 'student', 'other'];
const STATES = ['referred', 'accepted', 'declined', 'started', 'completed', 'interrupted'];
/** The system's own writers: named as the system, and their stored English reasons replaced by the catalogue's. */
const SYSTEM = ['nightly', 'demo-generator', 'demo'];

export default async function render(root, context, kind = '') {
  const { customer } = context;
  const [entries, people, o] = await Promise.all([api('v1/customers/' + customer.id + '/journal' + (kind ? '?kind=' + kind : '')),
    staffNames(), org()]);
  const corrected = new Set(entries.filter(e => e.corrects).map(e => e.corrects));
  const filter = h('select', { id: 'journal-filter', onchange: async event => {
    await render(root, context, event.target.value);
    root.querySelector('#journal-filter')?.focus();
  } }, h('option', { value: '' }, text('journal.all')), KINDS.map(k => h('option', { value: k, selected: k === kind || undefined },
    text('journal.kind.' + k))));
  const correcting = h('input', { type: 'hidden', name: 'corrects' });
  const target = h('p', { class: 'hint', 'aria-live': 'polite' });
  const note = form([
    field({ name: 'text', type: 'textarea', rows: 3, required: true, label: text('journal.new') }), correcting, target,
  ], text('journal.save'), async values => {
    await api('v1/customers/' + customer.id + '/journal', { method: 'POST', body: { text: values.text, corrects: values.corrects } });
    saved(text('journal.saved'));
    await render(root, context, kind);
  }, { draft: 'journal-' + customer.id });
  note.classList.add('journal-note');
  clear(root,
    h('h2', { tabindex: '-1' }, text('journal.title')),
    note,
    h('div', { class: 'field' }, h('label', { for: 'journal-filter' }, text('journal.show')), filter),
    entries.length ? h('ol', { class: 'journal' }, entries.map(e => h('li', { class: 'journal-' + e.kind },
      h('p', {}, h('strong', {}, heading(e, o)), ' – ', e.day ? fmtDate(e.day) : fmtDateTime(e.at), e.by ? [', ', SYSTEM.includes(e.by) ? text('journal.system') : person(people, e.by)] : null,
        corrected.has(e.id) ? [' ', h('em', {}, text('journal.corrected'))] : null),
      body(e),
      e.kind === 'note' ? h('button', { type: 'button', class: 'secondary', 'aria-label': text('journal.correct') + ': ' + fmtDateTime(e.at),
        onclick: () => {
          correcting.value = e.id;
          clear(target, text('journal.correcting', fmtDateTime(e.at)));
          note.querySelector('textarea').value = e.text;
          note.querySelector('textarea').focus();
        } }, text('journal.correct')) : null)))
      : h('p', {}, text('journal.empty')));
}

function heading(e, o) {
  switch (e.kind) {
    case 'note': return text(e.corrects ? 'journal.correction' : 'journal.kind.note');
    case 'interview': return label('journal.interview.', INTERVIEWS, e.subject) + (e.fields[0] ? ' (' + label('journal.mode.', MODES, e.fields[0]) + ')' : '');
    case 'job-search': return text(e.subject === 'started' ? 'journal.started' : 'journal.ended');
    case 'transfer': return text('journal.transfer', unitName(o, e.subject));
    case 'referral': return text('journal.referral', e.fields[0] ? serviceLabel(e.fields[0]) : '', label('journal.state.', STATES, e.fields[1] || e.subject));
    case 'job-offer': return text('journal.job-offer', e.subject);
    case 'appointment': return text('journal.appointment', purpose(e.fields[0]), fmtDate(e.day) + ' ' + (e.fields[3] || '')) + ' – '
      + text('appointment.state.' + e.subject);
    case 'visit': return text('journal.visit', text('lobby.topic.' + e.subject));
    default: return e.kind;
  }
}

function body(e) {
  switch (e.kind) {
    case 'note': return h('p', { class: 'journal-text' }, e.text);
    case 'interview': return h('dl', { class: 'facts' },
      h('dt', {}, text('journal.assessment')), h('dd', {}, e.fields[1] || '–'),
      h('dt', {}, text('journal.service-need')), h('dd', {}, e.fields[2] || '–'),
      h('dt', {}, text('journal.notes')), h('dd', {}, e.text || '–'));
    case 'job-search': return e.fields[0] ? h('p', {}, label('journal.status.', STATUSES, e.fields[0])) : null;
    case 'transfer': return e.by === 'nightly' ? h('p', {}, text('journal.nightly-transfer'))
      : e.text && !SYSTEM.includes(e.by) ? h('p', {}, e.text) : null;
    case 'referral': return e.text ? h('p', {}, e.text) : null;
    case 'appointment': return h('p', {}, text('appointment.channel.' + e.fields[1]), e.text ? ' – ' + text('appointment.reason') + ': ' + e.text : '');
    case 'visit': return e.text ? h('p', {}, e.text) : null;
    case 'job-offer': return h('p', {}, e.text, e.fields[0] ? ' – ' + text('journal.response.' + e.fields[0]) : '',
      e.fields[1] ? ', ' + text('journal.outcome.' + e.fields[1]) : '');
    default: return null;
  }
}

/** A code's name from the catalogue; a code the catalogue does not know as written (a reason typed by a person). */
function label(prefix, known, code) {
  return known.includes(code) ? text(prefix + code) : (code || '');
}

export const TITLE = names('journal.title');
