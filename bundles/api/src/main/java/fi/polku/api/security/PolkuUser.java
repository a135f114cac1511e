package fi.polku.api.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in person, the principal of a request's {@code SecurityContext}. Made by the
 * platform's security bundle ({@link #of}); a bundle's tests may make one too.
 */
public final class PolkuUser implements Principal {
    private final String username;
    private final String displayName;
    private final Set<Role> roles;

    private PolkuUser(String username, @Nullable String displayName, Set<Role> roles) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName == null ? username : displayName;
        this.roles = Set.copyOf(roles);
    }

    /**
     * @param username the login name; what audit records name
     * @param displayName the person's full name, shown wherever people are named; the username when null
     * @param roles what the person may do
     */
    public static PolkuUser of(String username, @Nullable String displayName, Set<Role> roles) {
        return new PolkuUser(username, displayName, roles);
    }

    public String username() {
        return username;
    }

    /** The person's full name, as shown to other people. */
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolkuUser u && username.equals(u.username) && displayName.equals(u.displayName) && roles.equals(u.roles);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "PolkuUser[" + username + "]";
    }
}
