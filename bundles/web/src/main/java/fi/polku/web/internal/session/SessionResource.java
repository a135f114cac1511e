package fi.polku.web.internal.session;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.security.session.SessionService;
import fi.polku.security.session.SessionService.Session;
import fi.polku.web.internal.auth.AuthFilter;
import fi.polku.web.internal.problem.ProblemBody;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code POST /api/session} logs in, {@code GET} tells who is logged in (and the CSRF token, so a
 * reloaded page can go on), {@code DELETE} logs out.
 */
@Component(service = SessionResource.class, configurationPid = "fi.polku.web.session")
@Designate(ocd = SessionResource.Config.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    /**
     * Failed logins from one address in a minute after which it must wait: slows password guessing
     * down to a crawl. A successful login does not wipe the count (an attacker who knows one password
     * must not guess on at full speed). The count is in the database, shared by every node; the
     * account's own growing wait after wrong passwords protects an account from many addresses.
     */
    static final int LOGIN_LIMIT = 20;


    @ObjectClassDefinition(name = "Polku sessions", description = "How the session cookie is sent")
    public @interface Config {
        @AttributeDefinition(description = "Send the session cookie only over HTTPS. Turn on whenever Polku is served over HTTPS (it should be, outside a laptop).")
        boolean cookie_secure() default false;

        @AttributeDefinition(description = "Addresses of the reverse proxies in front of Polku. Only from these is X-Forwarded-For believed, to throttle logins per real client address.")
        String[] trustedProxies() default {};
    }

    /** The login request body. */
    public record Credentials(String username, String password) {}

    /** What the client learns at login and from GET. */
    /** {@code idleSeconds}: how long the session lives without a request (the console warns before it runs out). */
    public record SessionView(UserView user, String csrfToken, Instant expiresAt, long idleSeconds) {
        static SessionView of(Session s, java.time.Duration idle) {
            return new SessionView(UserView.of(s.user()), s.csrfToken(), s.expiresAt(), idle.toSeconds());
        }
    }

    public record UserView(String username, String displayName, List<String> roles) {
        static UserView of(PolkuUser u) {
            return new UserView(u.username(), u.displayName(), u.roles().stream().map(Role::id).sorted().toList());
        }
    }

    private final SessionService sessions;
    private volatile boolean secureCookie;
    private volatile java.util.Set<String> trustedProxies;

    @Activate
    public SessionResource(@Reference SessionService sessions, Config config) {
        this.sessions = sessions;
        this.secureCookie = config.cookie_secure();
        this.trustedProxies = java.util.Set.copyOf(java.util.List.of(config.trustedProxies()));
    }

    /**
     * Takes a changed configuration in place. Without this the component would be re-created,
     * and the REST whiteboard would briefly have no session resource: logins would fail meanwhile.
     */
    @Modified
    void modified(Config config) {
        this.secureCookie = config.cookie_secure();
        this.trustedProxies = java.util.Set.copyOf(java.util.List.of(config.trustedProxies()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Credentials credentials, @Context HttpServletRequest http) {
        if (credentials == null || blank(credentials.username()) || blank(credentials.password())) {
            return ProblemBody.response(400, "invalid-input", "login-fields");
        }
        String address = http == null ? "unknown" : ClientAddress.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"), trustedProxies);
        if (!sessions.addressMayTry(address, LOGIN_LIMIT)) {
            return Response.fromResponse(ProblemBody.response(429, "too-many-logins", "too-many-logins")).header("Retry-After", "60").build();
        }
        Optional<Session> session = sessions.login(credentials.username().trim(), credentials.password().toCharArray());
        if (session.isEmpty()) {
            sessions.addressFailed(address);
            return ProblemBody.response(401, "wrong-password", "wrong-password");
        }
        return Response.ok(SessionView.of(session.get(), sessions.idleTimeout())).cookie(cookie(session.get().token(), -1, https(http))).build();
    }

    @GET
    public SessionView current(@Context ContainerRequestContext request) {
        Session session = (Session) request.getProperty(AuthFilter.SESSION_PROPERTY);
        if (session == null) {
            throw new Caller.NotAuthenticatedException(); // the filter did not run: refuse rather than guess
        }
        return SessionView.of(session, sessions.idleTimeout());
    }

    @DELETE
    public Response logout(@CookieParam(AuthFilter.SESSION_COOKIE) String token, @Context HttpServletRequest http) {
        sessions.logout(token);
        return Response.noContent().cookie(cookie("", 0, https(http))).build();
    }

    /**
     * Whether the browser reached Polku over HTTPS: directly, or through a trusted reverse proxy
     * that says so ({@code X-Forwarded-Proto}, believed only from {@code trustedProxies}). The
     * cookie is then {@code Secure} whatever the configuration says.
     */
    private boolean https(HttpServletRequest http) {
        if (http == null) {
            return false;
        }
        if (http.isSecure()) {
            return true;
        }
        String proto = http.getHeader("X-Forwarded-Proto");
        return proto != null && proto.trim().equalsIgnoreCase("https") && trustedProxies.contains(http.getRemoteAddr());
    }

    private NewCookie cookie(String value, int maxAge, boolean https) {
        return new NewCookie.Builder(AuthFilter.SESSION_COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secureCookie || https)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
