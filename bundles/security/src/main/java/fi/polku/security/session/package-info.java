/**
 * Platform-internal: the session service between the security bundle and the web bundle. It is
 * exported for the web bundle only and is not part of the API partners build on (that is
 * {@code fi.polku.api.*}); it may change in any release.
 */
@Version("1.2.0")
package fi.polku.security.session;

import org.osgi.annotation.versioning.Version;
