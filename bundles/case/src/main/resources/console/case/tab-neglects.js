// The customer's neglects, each through its hearing, decision and labour-policy statement: the
// explanation is recorded, the decision made with its reasoning, the statement printed in the
// customer's language and its sending to Kela or the unemployment fund recorded.
import { api, clear, field, fmtDate, fmtDateTime, form, h, notice, person, saved, staffNames, t, today } from '/console/shell/polku.js';
import { NEGLECT_KINDS, consequenceText, label } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const { periods } = context;
  const [people, pages] = await Promise.all([staffNames(),
    Promise.all(periods.map(p => api('v1/job-search-periods/' + p.id + '/neglects?limit=200')))]);
  const all = pages.flatMap(page => page.items);
  if (!all.length) {
    clear(root, notice('info', text('tab-neglects.none')));
    return;
  }
  const redraw = () => render(root, context);
  clear(root, h('ul', { class: 'cards', id: 'neglects' }, all.map(n => card(n, people, redraw, context))));
}

function card(n, people, redraw, context) {
  const state = h('span', { class: 'badge ' + (n.state === 'hearing' ? 'badge-open' : n.state === 'neglect' ? 'badge-overdue' : 'badge-done') },
    text('tab-neglects.state.' + n.state));
  return h('li', { class: 'card', 'data-neglect': n.id },
    h('h2', {}, label(NEGLECT_KINDS, n.kind), ' · ', fmtDate(n.occurredOn), ' ', state),
    h('dl', { class: 'facts' },
      h('dt', {}, text('tab-neglects.recorded')), h('dd', {}, fmtDateTime(n.recordedAt), ' (', person(people, n.recordedBy), ')'),
      n.description ? [h('dt', {}, text('tab-neglects.what-happened')), h('dd', {}, n.description)] : null,
      h('dt', {}, text('tab-neglects.hearing-until')), h('dd', {}, fmtDate(n.hearingDeadline)),
      h('dt', {}, text('tab-neglects.explanation')),
      h('dd', {}, n.explanationReceivedOn ? [fmtDate(n.explanationReceivedOn), ': ', n.explanation] : text('tab-neglects.no-explanation')),
      h('dt', {}, n.state === 'hearing' ? text('tab-neglects.if-decided') : text('tab-neglects.consequence')),
      h('dd', {}, n.state === 'valid-reason' ? text('tab-neglects.no-consequence') : consequenceText(n.consequence)),
      n.decidedAt ? [h('dt', {}, text('tab-neglects.decision')),
        h('dd', {}, fmtDateTime(n.decidedAt), ' (', person(people, n.decidedBy), '): ', n.reasoning)] : null,
      n.statement ? [h('dt', {}, text('tab-neglects.statement-sent')), h('dd', {}, fmtDateTime(n.statement.sentAt), ' · ',
        n.statement.recipient === 'kela' ? text('tab-neglects.kela') : n.statement.fund, ' (', person(people, n.statement.sentBy), ')')] : null),
    n.state === 'hearing' ? [explanation(n, redraw), decision(n, redraw, context)] : statement(n, redraw));
}

/** The customer's explanation, as received (by phone, in the online service, in writing). */
function explanation(n, redraw) {
  if (n.explanationReceivedOn) return null;
  const el = form([
    field({ name: 'explanation', label: text('tab-neglects.explanation'), type: 'textarea', required: true }),
    field({ name: 'receivedOn', label: text('tab-neglects.received-on'), type: 'date', value: today() }),
  ], text('tab-neglects.save-explanation'), async values => {
    await api('v1/neglects/' + n.id + '/explanation', { method: 'POST', body: values });
    saved(text('tab-neglects.explanation-saved'));
    redraw();
  }, { draft: 'neglect-explanation-' + n.id });
  el.classList.add('neglect-explanation');
  return el;
}

/** The decision: a valid reason, or a neglect without one; its reasoning goes on the statement. */
function decision(n, redraw, context) {
  const waiting = !n.explanationReceivedOn && n.hearingDeadline >= today();
  if (waiting) return h('p', { class: 'hint' }, text('tab-neglects.decide-after', fmtDate(n.hearingDeadline)));
  const el = form([
    field({ name: 'validReason', label: text('tab-neglects.valid-reason'), type: 'select', required: true,
      options: [{ value: '', label: '' }, { value: 'true', label: text('tab-neglects.valid-reason-yes') },
        { value: 'false', label: text('tab-neglects.valid-reason-no') }] }),
    field({ name: 'reasoning', label: text('tab-neglects.reasoning'), type: 'textarea', required: true }),
  ], text('tab-neglects.decide'), async values => {
    const body = { validReason: values.validReason === null ? null : values.validReason === 'true', reasoning: values.reasoning };
    await api('v1/neglects/' + n.id + '/decision', { method: 'POST', body });
    saved(text('tab-neglects.decided'));
    // A decision that ends the job search changes the whole page.
    if (body.validReason === false && n.consequence.jobSearchEnds) context.reload(); else redraw();
  }, { draft: 'neglect-decision-' + n.id });
  el.classList.add('neglect-decision');
  return el;
}

/** The statement to print, and its sending to the benefit payer recorded once. */
function statement(n, redraw) {
  const print = h('a', { class: 'button', href: '/api/v1/neglects/' + n.id + '/statement.pdf', target: '_blank', rel: 'noopener',
    'data-statement': n.id }, text('tab-neglects.print-statement'));
  if (n.statement) return h('p', {}, print);
  const el = form([
    field({ name: 'recipient', label: text('tab-neglects.recipient'), type: 'select', required: true, value: 'kela',
      options: [{ value: 'kela', label: text('tab-neglects.kela') }, { value: 'fund', label: text('tab-neglects.fund') }] }),
    field({ name: 'fund', label: text('tab-neglects.fund-name'), type: 'text' }),
  ], text('tab-neglects.mark-sent'), async values => {
    await api('v1/neglects/' + n.id + '/statement-sent', { method: 'POST', body: values });
    saved(text('tab-neglects.sent'));
    redraw();
  });
  el.classList.add('neglect-sent');
  return h('div', {}, h('p', {}, print), el);
}
