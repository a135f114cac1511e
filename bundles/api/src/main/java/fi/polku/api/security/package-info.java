/**
 * Who is calling: roles, the signed-in user, and the session service the web layer uses to log
 * people in. A REST resource reads the caller from the request's
 * {@code jakarta.ws.rs.core.SecurityContext}, whose principal is a {@link fi.polku.api.security.PolkuUser}.
 */
@Version("1.2.0")
package fi.polku.api.security;

import org.osgi.annotation.versioning.Version;
