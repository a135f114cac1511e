package fi.polku.api.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The caller of a REST resource, checked where the data is served. The authentication filter
 * and the role checks run before a resource; this check in the resource itself makes access
 * fail closed even in the moment a bundle is being stopped or replaced and the filters are not
 * in place: no principal, no data.
 *
 * <pre>{@code PolkuUser user = Caller.require(security.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);}</pre>
 */
public final class Caller {
    private Caller() {}

    /**
     * The signed-in user, who must hold one of {@code anyOf} (any role when none is given).
     *
     * @throws NotAuthenticatedException when nobody is signed in (HTTP 401)
     * @throws NotPermittedException when the user holds none of the roles (HTTP 403)
     */
    public static PolkuUser require(Principal principal, Role... anyOf) {
        if (!(principal instanceof PolkuUser)) {
            throw new NotAuthenticatedException();
        }
        PolkuUser user = (PolkuUser) principal;
        if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(user::hasRole)) {
            throw new NotPermittedException(Arrays.stream(anyOf).map(Role::id).collect(Collectors.joining(", ")));
        }
        return user;
    }

    /** Nobody is signed in. */
    public static final class NotAuthenticatedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotAuthenticatedException() {
            super("You are not logged in. Log in with POST /api/session.");
        }
    }

    /** The signed-in user lacks the role. */
    public static final class NotPermittedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotPermittedException(String roles) {
            super("You do not have the role this needs (one of: " + roles + ").");
        }
    }
}
