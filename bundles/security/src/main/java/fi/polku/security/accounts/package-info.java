/**
 * Platform-internal: the accounts of the people who log in, as the admin bundle manages them
 * (create, change, deactivate, set a password) and the password rules they follow. Exported for
 * the admin bundle only; not part of the API partners build on (that is {@code fi.polku.api.*}).
 */
@Version("1.0.0")
package fi.polku.security.accounts;

import org.osgi.annotation.versioning.Version;
