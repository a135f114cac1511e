// This bundle's console texts: the "console." keys of its catalogue (OSGI-INF/l10n/messages_*.properties),
// in the user's language, as text(key, ...args). The console hands them over with the bundle's contributions.
import { lang, textsFor } from '/console/shell/polku.js';

export const text = textsFor('/console/employer/');

/** A name from the catalogue in the shape t() takes ({ fi, sv, en }). */
export function names(key) {
  return { [lang()]: text(key) };
}


