package fi.polku.api.audit;

import fi.polku.api.security.PolkuUser;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records who did what, when, to which customer. Provided by the core; bundles that keep data
 * of their own about customers, and administrative tools, record through it.
 */
@ProviderType
public interface AuditLog {

    /**
     * Records an event in a transaction of its own.
     *
     * @param customerId the customer concerned, or null for an act that concerns none (an admin act)
     * @param action a stable dotted id, e.g. {@code bundle.install}
     * @param detail ids and names of things, never free text about a person (at most 500 characters)
     */
    void record(PolkuUser actor, UUID customerId, String action, String detail);
}
