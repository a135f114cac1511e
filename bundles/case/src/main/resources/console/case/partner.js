// A partner provider's referred customers: only what serving the referral needs, and its moves;
// paged on the server, narrowed to a state, sorted by a column.
import { api, clear, decisions, h, heading, pagedList, saved, t, fmtDateTime } from '/console/shell/polku.js';
import { STATES } from './tab-referrals.js';
import { CHANNELS, LANGUAGES, label } from './texts.js';
import { names, text } from './catalogue.js';

const NEXT = { referred: ['accept', 'decline'], accepted: ['start', 'interrupt'], started: ['complete', 'interrupt'] };
const ACTIONS = { accept: names('partner.actions.accept'), decline: names('partner.actions.decline'),
  start: names('partner.actions.start'), complete: names('partner.actions.complete'),
  interrupt: names('partner.actions.interrupt') };

export default async function render(root, context) {
  const title = text('partner.referred-customers');
  const message = h('div', {});
  let list;
  const buttons = r => (NEXT[r.state] ? decisions({ key: r.id, who: r.lastName + ', ' + r.firstName,
    noteLabel: text('partner.reason-or-outcome') + ' (' + r.lastName + ')',
    actions: NEXT[r.state].map(a => ({ action: a, label: t(ACTIONS[a]) })),
    send: (a, note) => api('v1/partner/referrals/' + r.id + '/' + a, { method: 'POST', body: { note } }),
    after: async () => {
      saved(text('partner.saved'));
      await list.load();
      root.querySelector('h1')?.focus(); // the list is drawn anew: focus starts again at its heading
    }, message }) : '');
  list = pagedList({
    key: 'partner-referrals', exportName: 'polku-referrals', exportTitle: title, path: 'v1/partner/referrals', sort: '-referred',
    filters: [{ name: 'state', label: text('partner.state'),
      options: Object.keys(STATES).map(s => ({ value: s, label: t(STATES[s]) })) }],
    columns: [
      { label: text('partner.name'), sort: 'name', cell: r => r.lastName + ', ' + r.firstName },
      { label: text('partner.language'), cell: r => label(LANGUAGES, r.language) },
      { label: text('partner.contact'), cell: r => [label(CHANNELS, r.contactChannel), r.contact].filter(Boolean).join(': ') },
      { label: text('partner.purpose'), cell: r => r.purpose || '' },
      { label: text('partner.state'), sort: 'state', cell: r => t(STATES[r.state] || { fi: r.state }) },
      { label: text('partner.referred'), sort: 'referred', cell: r => fmtDateTime(r.createdAt) },
      { label: text('partner.actions'), cell: buttons },
    ],
    caption: () => title, empty: text('partner.no-referred-customers'),
  });
  clear(root, heading(title), message, list.element);
  await list.load();
}
