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

    /**
     * To whom a document goes: the customer's name, the language documents are written in (fi or
     * sv; en for any other) and postal address, for a decision or letter the module sends; never the
     * identity code. Audited as {@code asking}'s, under {@code purpose}. Empty for an unknown id.
     *
     * @since 1.1
     */
    java.util.Optional<Addressee> addressee(UUID customerId, PolkuUser asking, String purpose);
}
