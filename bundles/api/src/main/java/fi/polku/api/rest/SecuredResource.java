package fi.polku.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * A Declarative Services component property type for a Jakarta REST resource of Polku's API:
 * the whiteboard serves the resource only while Polku's authentication extension (session
 * cookie, CSRF token for changes) and role extension ({@code @RolesAllowed} with
 * {@link fi.polku.api.security.Role.Ids}) are in place, so it is never reachable unguarded.
 *
 * <pre>
 * &#64;Component(service = MyResource.class)
 * &#64;JakartarsResource
 * &#64;SecuredResource
 * &#64;Path("v1/my-module/things")
 * public final class MyResource { ... }
 * </pre>
 *
 * A resource that needs more extensions of its own lists {@link #AUTHENTICATION},
 * {@link #ROLES}, {@link #PROBLEMS} and {@link #JSON} in its own {@code @JakartarsExtensionSelect} instead.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SecuredResource {
    /** The whiteboard property this type sets: {@code osgi.jakartars.extension.select}. */
    String PREFIX_ = "osgi.jakartars.";

    /** The name of Polku's authentication extension. */
    String AUTHENTICATION_NAME = "polku.auth";
    /** The name of Polku's role extension. */
    String ROLES_NAME = "polku.roles";
    /** A filter selecting the authentication extension. */
    String AUTHENTICATION = "(osgi.jakartars.name=" + AUTHENTICATION_NAME + ")";
    /** A filter selecting the role extension. */
    String ROLES = "(osgi.jakartars.name=" + ROLES_NAME + ")";
    /** The name of the extension that answers a {@link Problem} as {@code application/problem+json}. */
    String PROBLEMS_NAME = "polku.problems";
    /** A filter selecting the problem extension. */
    String PROBLEMS = "(osgi.jakartars.name=" + PROBLEMS_NAME + ")";
    /** A filter selecting a JSON provider (what {@code @JSONRequired} selects). */
    String JSON = "(osgi.jakartars.media.type=application/json)";

    /**
     * The extensions the resource waits for: authentication, roles, problems and JSON. (Do not add
     * {@code @JSONRequired} beside this: both set the same property, and only one would count.)
     */
    String[] extension_select() default {AUTHENTICATION, ROLES, PROBLEMS, JSON};
}
