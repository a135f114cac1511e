package fi.polku.api.module;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A referral to a module was made or moved on. It carries no personal data: a module that serves
 * the person reads the referral's details through the partner API, which records the reading.
 *
 * @param sequence the core's number for the event: unique, and rising for the events of one
 *        referral, but neither gap-free nor ordered across referrals (two referrals changed at
 *        once may arrive in either order). A module that keeps state keys it by referral and
 *        ignores an event whose sequence is not above the last it took for that referral
 *        (delivery is at least once)
 * @param referralId the referral
 * @param moduleId the module it was made to
 * @param serviceType the service type
 * @param municipalityCode the customer's home municipality
 * @param state {@code referred}, {@code accepted}, {@code declined}, {@code started}, {@code completed} or {@code interrupted}
 * @param at when it happened
 */
public record ReferralEvent(long sequence, UUID referralId, String moduleId, String serviceType, String municipalityCode, String state,
        Instant at) {
    public ReferralEvent {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }
}
