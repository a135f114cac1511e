package fi.polku.security.session;

import fi.polku.api.security.PolkuUser;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Logs people in and out: the platform's web layer uses it; it is not part of the partner API. Sessions are kept in PostgreSQL, so that any platform node can serve
 * any request and a restart logs nobody out.
 */
@ProviderType
public interface SessionService {

    /**
     * A session as its holder sees it.
     *
     * @param token the secret the session cookie carries; only its hash is stored
     * @param csrfToken the value that state-changing requests must echo in the
     *        {@code X-CSRF-Token} header
     */
    record Session(String token, String csrfToken, PolkuUser user, Instant expiresAt) {
        @Override
        public String toString() { // never the secrets
            return "Session[" + user.username() + " until " + expiresAt + "]";
        }
    }

    /** Checks the password; a new session when it is right, empty when the name or password is wrong. */
    Optional<Session> login(String username, char[] password);

    /** The live session for a cookie's token, extending its idle timeout; empty when unknown or expired. */
    Optional<Session> find(String token);

    /**
     * How long a session lives without a request: the console warns its user before this runs
     * out and lets them go on.
     *
     * @since 1.1
     */
    default java.time.Duration idleTimeout() {
        return java.time.Duration.ofMinutes(30);
    }

    /**
     * Whether a login from this client address may be tried now: fewer than {@code limit} failed
     * logins from it in the last minute. Counted in the database, so the count holds whichever
     * node of a cluster the attempts reach.
     *
     * @since 1.2
     */
    default boolean addressMayTry(String address, int limit) {
        return true;
    }

    /**
     * A failed login from this client address, counted for {@link #addressMayTry}.
     *
     * @since 1.2
     */
    default void addressFailed(String address) {
    }

    /** Ends the session (a no-op for an unknown token). */
    void logout(String token);
}
