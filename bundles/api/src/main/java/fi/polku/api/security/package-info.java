/**
 * Who is calling: roles and the signed-in user. A REST resource reads the caller from the request's
 * {@code jakarta.ws.rs.core.SecurityContext}, whose principal is a {@link fi.polku.api.security.PolkuUser}.
 */
@Version("1.3.0")
@NullMarked
package fi.polku.api.security;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
