package fi.polku.api.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person.
 *
 * @param username the login name; what audit records name
 * @param displayName the name shown in the console header
 * @param roles what the person may do
 */
public record PolkuUser(String username, String displayName, Set<Role> roles) implements Principal {

    public PolkuUser {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null ? username : displayName;
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
