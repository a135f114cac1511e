// This bundle's console texts: the "console." keys of its catalogue (OSGI-INF/l10n/messages_*.properties),
// in the user's language, as text(key, ...args). The console hands them over with the bundle's contributions.
import { textsFor } from '/console/shell/polku.js';

export const text = textsFor('/console/admin/');
