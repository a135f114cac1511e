package fi.polku.api.module;

import fi.polku.api.security.PolkuUser;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Provided by the core, one instance per using bundle: what a module may do with the referrals
 * made to it, and only those. A referral to a module that the asking bundle does not register
 * is, to that bundle, a referral that does not exist.
 *
 * <p>A module uses it when it serves a referral through a provider of its own choosing (a
 * course's college, a trial's workplace): it shows that provider the least the referral needs
 * ({@link #details}), checks a condition against the customer ({@link #subject}), and moves the
 * referral on when its provider decides ({@link #move}). Every reading is recorded in the
 * customer's audit trail as the asking user's, with the purpose given; a module never reads the
 * core's schemas.
 *
 * @since 1.2
 */
@ProviderType
public interface ModuleReferrals {

    /**
     * The subject of a referral made to one of this bundle's modules (home municipality,
     * language, the open job search's start) with the customer's age in full years on the day
     * {@code on}: for a condition checked when a service is chosen rather than at the referral,
     * such as an age reached by the day of a dismissal, and the person's key in this bundle's scope
     * ({@link ReferralSubject#personKey()}). Empty when there is no such referral.
     */
    Optional<ReferralSubject> subject(UUID referralId, LocalDate on, PolkuUser asking, String purpose);

    /**
     * The referral and the least of the customer that serving it needs: the purpose, name,
     * language and the contact the customer prefers. Never the identity code or other services.
     * Empty when there is no such referral.
     */
    Optional<ReferralDetails> details(UUID referralId, PolkuUser asking, String purpose);

    /**
     * The customer's personal identity code, for a module of the authority's own production
     * ({@link ProductionMode#OWN_PRODUCTION}) whose act must name the person to another authority,
     * such as a statement to the benefit payer on a decision. Recorded in the audit log as
     * {@code asking}'s, under {@code purpose}. Empty when there is no such referral.
     *
     * @throws fi.polku.api.rest.Problem 403 when the referral's module is bought from a provider
     *         (in-house or tendered): a provider never sees the identity code
     * @since 1.3
     */
    Optional<String> identityCode(UUID referralId, PolkuUser asking, String purpose);

    /**
     * Moves the referral on ({@code accepted}, {@code declined}, {@code started},
     * {@code completed}, {@code interrupted}) on behalf of {@code by}, whom the module has
     * checked may do so; a decline, completion or interruption needs a {@code note}. The module
     * hears of the move through {@link ServiceModule#referralChanged} like of any other.
     *
     * @throws fi.polku.api.rest.Problem 404 when there is no such referral, 409 when the
     *         referral cannot move so from its state, 400 when a needed note is missing
     */
    void move(UUID referralId, String state, @Nullable String note, PolkuUser by);
}
