// A partner provider's referred customers: only what serving the referral needs, and its moves.
import { api, announce, ApiError, clear, h, heading, loading, notice, t, table, fmtDateTime } from '/console/shell/polku.js';
import { STATES } from './tab-referrals.js';
import { CHANNELS, LANGUAGES, label } from './texts.js';

const NEXT = { referred: ['accept', 'decline'], accepted: ['start'], started: ['complete', 'interrupt'] };
const ACTIONS = { accept: { fi: 'Hyväksy', sv: 'Godkänn', en: 'Accept' }, decline: { fi: 'Hylkää', sv: 'Avböj', en: 'Decline' },
  start: { fi: 'Aloita', sv: 'Påbörja', en: 'Start' }, complete: { fi: 'Päätä', sv: 'Avsluta', en: 'Complete' },
  interrupt: { fi: 'Keskeytä', sv: 'Avbryt', en: 'Interrupt' } };

export default async function render(root, context) {
  const title = t({ fi: 'Ohjatut asiakkaat', sv: 'Hänvisade kunder', en: 'Referred customers' });
  clear(root, heading(title), loading());
  const list = await api('v1/partner/referrals');
  const message = h('div', {});
  const buttons = r => {
    if (!NEXT[r.state]) return '';
    const note = h('input', { id: 'note-' + r.id, type: 'text', maxlength: 1000 });
    const noteError = h('p', { class: 'field-error', id: 'note-error-' + r.id, hidden: true });
    const noteField = h('div', { class: 'field' }, h('label', { for: note.id }, t({ fi: 'Peruste tai tulos', sv: 'Grund eller resultat',
      en: 'Reason or outcome' }) + ' (' + r.lastName + ')'), note, noteError);
    return h('div', {}, noteField, h('div', { class: 'actions' }, NEXT[r.state].map(a => h('button', { type: 'button', class: 'secondary',
    'aria-label': t(ACTIONS[a]) + ': ' + r.lastName + ', ' + r.firstName, onclick: async () => {
      try {
        await api('v1/partner/referrals/' + r.id + '/' + a, { method: 'POST', body: { note: note.value.trim() || null } });
        announce(t({ fi: 'Tallennettu.', sv: 'Sparat.', en: 'Saved.' }));
        await render(root, context);
        root.querySelector('h1')?.focus(); // the list is drawn anew: focus starts again at its heading
      } catch (e) {
        if (e instanceof ApiError && e.fields.note) {
          // A decline needs its reason, a completion its outcome: said beside the note field.
          noteError.textContent = e.fields.note;
          noteError.hidden = false;
          note.setAttribute('aria-invalid', 'true');
          note.setAttribute('aria-describedby', noteError.id);
          note.focus();
          return;
        }
        clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
      }
    } }, t(ACTIONS[a])))));
  };
  clear(root, heading(title), message, list.length ? table(title,
    [t({ fi: 'Nimi', sv: 'Namn', en: 'Name' }), t({ fi: 'Kieli', sv: 'Språk', en: 'Language' }), t({ fi: 'Yhteystieto', sv: 'Kontakt', en: 'Contact' }),
      t({ fi: 'Tarkoitus', sv: 'Syfte', en: 'Purpose' }), t({ fi: 'Tila', sv: 'Status', en: 'State' }), t({ fi: 'Ohjattu', sv: 'Hänvisad', en: 'Referred' }),
      t({ fi: 'Toiminnot', sv: 'Åtgärder', en: 'Actions' })],
    list.map(r => [r.lastName + ', ' + r.firstName, label(LANGUAGES, r.language),
      [label(CHANNELS, r.contactChannel), r.contact].filter(Boolean).join(': '), r.purpose || '',
      t(STATES[r.state] || { fi: r.state }), fmtDateTime(r.createdAt), buttons(r)]))
    : notice('info', t({ fi: 'Ei ohjattuja asiakkaita.', sv: 'Inga hänvisade kunder.', en: 'No referred customers.' })));
}
