package fi.polku.web.internal.auth;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.security.session.SessionService;
import fi.polku.security.session.SessionService.Session;
import fi.polku.web.internal.problem.ProblemBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Every {@code /api/**} call needs a live session, except the health check, the API description
 * and logging in.
 * State-changing calls must also echo the session's CSRF token in {@code X-CSRF-Token}: a
 * forged cross-site form can send the cookie but cannot read the token.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName(SecuredResource.AUTHENTICATION_NAME)
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {
    public static final String SESSION_COOKIE = "POLKU_SESSION";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The session a request carries, for resources that need more than the user (the CSRF token). */
    public static final String SESSION_PROPERTY = "polku.session";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SessionService sessions;

    @Activate
    public AuthFilter(@Reference SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (isPublic(path, request.getMethod())) {
            // Open to anyone; a signed-in caller is still known (health tells staff more).
            if (cookie != null && SAFE_METHODS.contains(request.getMethod())) {
                try {
                    sessions.find(cookie.getValue()).ifPresent(s ->
                            request.setSecurityContext(new UserContext(s.user(), request.getSecurityContext().isSecure())));
                } catch (RuntimeException databaseAway) {
                    // Health must answer while the database is away: then the caller is anonymous.
                }
            }
            return;
        }
        Optional<Session> session = cookie == null ? Optional.empty() : sessions.find(cookie.getValue());
        if (session.isEmpty()) {
            request.abortWith(ProblemBody.response(401, "not-logged-in", cookie == null ? "not-logged-in" : "session-ended"));
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request.getHeaderString(CSRF_HEADER), session.get().csrfToken())) {
            request.abortWith(ProblemBody.response(403, "csrf", "csrf"));
            return;
        }
        request.setProperty(SESSION_PROPERTY, session.get());
        request.setSecurityContext(new UserContext(session.get().user(), request.getSecurityContext().isSecure()));
    }

    static boolean isPublic(String path, String method) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("health") || p.equals("openapi.yaml") || p.equals("openapi.json") || (p.equals("session") && method.equals("POST"))
                // a worker's calendar feed: read by a calendar program, the secret token in the address is its credential
                || (p.startsWith("v1/calendar-feeds/") && method.equals("GET"));
    }

    static boolean csrfMatches(String sent, String expected) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The signed-in user as JAX-RS sees it; role names are {@link Role#id()}s. */
    record UserContext(PolkuUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            Role r = Role.fromId(role);
            return r != null && user.hasRole(r);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "SESSION";
        }
    }
}
