// This bundle's console texts: the "console." keys of its catalogue (OSGI-INF/l10n/messages_*.properties),
// in the user's language, as text(key, ...args). The console hands them over with the bundle's contributions.
import { fmtDate, lang, textsFor } from '/console/shell/polku.js';

export const text = textsFor('/console/integration/');

/** A name from the catalogue in the shape t() takes ({ fi, sv, en }). */
export function names(key) {
  return { [lang()]: text(key) };
}


/** What is owed next as a sentence ("Kotoutumissuunnitelma viimeistään 3.2.2027", "myöhässä" when past). */
export function nextStep(next) {
  if (!next) return text('next.none');
  return text('next.' + next.step, next.due ? fmtDate(next.due) : '') + (next.overdue ? ' – ' + text('next.overdue') : '');
}
