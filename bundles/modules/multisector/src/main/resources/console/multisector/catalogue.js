// This bundle's console texts: the "console." keys of its catalogue (OSGI-INF/l10n/messages_*.properties),
// in the user's language, as text(key, ...args). The console hands them over with the bundle's contributions.
import { fmtDate, lang, textsFor } from '/console/shell/polku.js';

export const text = textsFor('/console/multisector/');

/** A name from the catalogue in the shape t() takes ({ fi, sv, en }). */
export function names(key) {
  return { [lang()]: text(key) };
}

/** A step owed next as a sentence: "Yhteinen arvio viimeistään 3.2.2027" (and "myöhässä" when past). */
export function nextStep(next) {
  if (!next) return text('next.none');
  return text('next.' + next.step, fmtDate(next.due)) + (next.overdue ? ' – ' + text('next.overdue') : '');
}
