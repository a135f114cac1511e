package fi.polku.api.letters;

import fi.polku.api.security.PolkuUser;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Provided by the platform: letters kept until delivered, by e-mail or in a printed postal batch. */
@ProviderType
public interface Outbox {

    /**
     * Keeps the letter for delivery and returns its id; it is sent within seconds (e-mail) or in the
     * next printed batch (post).
     *
     * @throws IllegalArgumentException when the letter cannot be sent as it is: no e-mail address
     *         (or not a valid one), no postal address, or an identity code in its texts or its PDF
     */
    UUID send(Letter letter, PolkuUser by);

    /** The deliveries of the letters asked for, by id; unknown ids are left out. */
    Map<UUID, Delivery> deliveries(Collection<UUID> letterIds);
}
