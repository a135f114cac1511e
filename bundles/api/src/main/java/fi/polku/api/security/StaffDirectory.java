package fi.polku.api.security;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who a username is: people are shown by their full name, never by their username. Provided by
 * the platform's security bundle from its accounts.
 *
 * @since 1.3
 */
@ProviderType
public interface StaffDirectory {

    /** The full name of the user with this username; empty for one the platform does not know. */
    Optional<String> fullName(String username);

    /** Every user's full name, by username: for a list that names many people. */
    Map<String, String> fullNames();
}
