// This bundle's console texts: the "console." keys of its catalogue (OSGI-INF/l10n/messages_*.properties),
// in the user's language, as text(key, ...args). The console hands them over with the bundle's contributions.
import { lang, textsFor } from '/console/shell/polku.js';

export const text = textsFor('/console/training/');

/** A name from the catalogue in the shape t() takes ({ fi, sv, en }). */
export function names(key) {
  return { [lang()]: text(key) };
}

/** Euros as the user's language writes them. */
export function euros(cents) {
  return new Intl.NumberFormat(lang(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Cents from a field typed in euros ("1500", "1 500,50"); null when empty, NaN when not a number. */
export function centsOf(value) {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(String(value).replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : NaN;
}
