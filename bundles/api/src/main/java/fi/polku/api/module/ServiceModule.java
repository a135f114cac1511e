package fi.polku.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service module, registered as an OSGi service by the bundle that provides it.
 *
 * <p>Duties of an implementation:
 * <ul>
 * <li>{@link #descriptor()} returns the same descriptor for the life of the service;</li>
 * <li>methods answer quickly (well under a second) and never block on a caseworker's behalf:
 *     the core calls them with a time limit and treats a late answer as a failure of the module;</li>
 * <li>a module sees only what the core hands it; it never reads the core's schemas.</li>
 * </ul>
 */
@ConsumerType
public interface ServiceModule {

    ModuleDescriptor descriptor();

    /**
     * Whether this module can serve the customer described, before a referral is made. The
     * default serves everybody; a module with conditions (an age limit, a kind of employer, a
     * duration of unemployment) refuses with a reason and names the rule it rests on.
     */
    default Eligibility eligibility(ReferralSubject subject) {
        return Eligibility.yes();
    }

    /**
     * A referral to this module was made or moved on (the referral lifecycle: referred, then
     * accepted or declined with a reason, started, completed with an outcome or interrupted).
     *
     * <p>The core keeps each event until this method returns, and delivers a module's events in
     * the order it wrote them, also those made while the module was stopped. Delivery is at least
     * once, and only the events of one referral are certain to be in order: an implementation is
     * idempotent per referral (see {@link ReferralEvent#sequence()}). It is called
     * on a core thread with a time limit of a few seconds; an exception or a timeout means "not
     * delivered", and the event comes again later. The default ignores the events.
     *
     * @since 1.1
     */
    default void referralChanged(ReferralEvent event) {
        // A module without state of its own about referrals has nothing to do.
    }
}
