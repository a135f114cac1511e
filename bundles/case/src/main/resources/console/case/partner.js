// A partner provider's referred customers: only what serving the referral needs, and its moves.
import { api, announce, clear, decisions, h, heading, loading, notice, t, table, fmtDateTime } from '/console/shell/polku.js';
import { STATES } from './tab-referrals.js';
import { CHANNELS, LANGUAGES, label } from './texts.js';
import { names, text } from './catalogue.js';

const NEXT = { referred: ['accept', 'decline'], accepted: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const ACTIONS = { accept: names('partner.actions.accept'), decline: names('partner.actions.decline'),
  start: names('partner.actions.start'), complete: names('partner.actions.complete'),
  interrupt: names('partner.actions.interrupt') };

export default async function render(root, context) {
  const title = text('partner.referred-customers');
  clear(root, heading(title), loading());
  const list = await api('v1/partner/referrals');
  const message = h('div', {});
  const buttons = r => NEXT[r.state] ? decisions({ key: r.id, who: r.lastName + ', ' + r.firstName,
    noteLabel: text('partner.reason-or-outcome') + ' (' + r.lastName + ')',
    actions: NEXT[r.state].map(a => ({ action: a, label: t(ACTIONS[a]) })),
    send: (a, note) => api('v1/partner/referrals/' + r.id + '/' + a, { method: 'POST', body: { note } }),
    after: async () => {
      announce(text('partner.saved'));
      await render(root, context);
      root.querySelector('h1')?.focus(); // the list is drawn anew: focus starts again at its heading
    }, message }) : '';
  clear(root, heading(title), message, list.length ? table(title,
    [text('partner.name'), text('partner.language'), text('partner.contact'),
      text('partner.purpose'), text('partner.state'), text('partner.referred'),
      text('partner.actions')],
    list.map(r => [r.lastName + ', ' + r.firstName, label(LANGUAGES, r.language),
      [label(CHANNELS, r.contactChannel), r.contact].filter(Boolean).join(': '), r.purpose || '',
      t(STATES[r.state] || { fi: r.state }), fmtDateTime(r.createdAt), buttons(r)]))
    : notice('info', text('partner.no-referred-customers')));
}
