package fi.polku.api.customer;

import fi.polku.api.security.PolkuUser;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Provided by the core: whether a customer id names a registered job seeker. */
@ProviderType
public interface CustomerDirectory {

    /**
     * True when {@code customerId} is a registered customer. A module checks this before it
     * stores anything that concerns the customer (and before money is committed to one). The
     * question is audited as {@code asking}'s, under {@code purpose} (such as
     * {@code "subsidy application"}).
     */
    boolean isRegistered(UUID customerId, PolkuUser asking, String purpose);
}
