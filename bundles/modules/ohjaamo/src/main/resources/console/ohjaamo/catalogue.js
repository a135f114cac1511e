// This bundle's console texts: the "console." keys of its catalogue (OSGI-INF/l10n/messages_*.properties),
// in the user's language, as text(key, ...args). The console hands them over with the bundle's contributions.
import { lang, textsFor } from '/console/shell/polku.js';

export const text = textsFor('/console/ohjaamo/');

/** A name from the catalogue in the shape t() takes ({ fi, sv, en }). */
export function names(key) {
  return { [lang()]: text(key) };
}

/** A text by language ({ fi, sv, en }) from the configuration, in the user's language. */
export function inLanguage(byLanguage) {
  return byLanguage[lang()] || byLanguage.fi;
}
