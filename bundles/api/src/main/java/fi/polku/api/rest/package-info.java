/**
 * The contract of REST resources that a bundle adds to Polku's API through the Jakarta REST
 * whiteboard: mark the resource {@link fi.polku.api.rest.SecuredResource} so that it is served
 * only behind Polku's login, CSRF check and role check; refuse a request by throwing a
 * {@link fi.polku.api.rest.Problem}, and check a body's fields all at once with
 * {@link fi.polku.api.rest.FieldCheck} (since 1.1); a list answers one page of itself as a {@link fi.polku.api.rest.ListPage} (since 1.2).
 */
@Version("1.2.0")
@NullMarked
package fi.polku.api.rest;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
