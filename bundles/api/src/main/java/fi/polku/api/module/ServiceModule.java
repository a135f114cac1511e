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
}
