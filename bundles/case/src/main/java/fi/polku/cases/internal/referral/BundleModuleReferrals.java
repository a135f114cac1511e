package fi.polku.cases.internal.referral;

import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralDetails;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.modules.ModuleRoutingService;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@link ModuleReferrals} for the bundle that asks: bundle scope tells the core who is asking,
 * so that a bundle acts only on the referrals to the modules it registers at that moment (a
 * module that stopped, or another bundle's module, is not its business).
 */
@Component(service = ModuleReferrals.class, scope = ServiceScope.BUNDLE)
public final class BundleModuleReferrals implements ModuleReferrals {
    private final ReferralService referrals;
    private final ModuleRoutingService routing;
    private final long bundleId;
    /** The scope of the person keys this bundle gets: its symbolic name, the same across its versions and restarts. */
    private final String scope;

    @Activate
    public BundleModuleReferrals(@Reference ReferralService referrals, @Reference ModuleRoutingService routing, ComponentContext context) {
        this.referrals = referrals;
        this.routing = routing;
        this.bundleId = context.getUsingBundle().getBundleId();
        this.scope = context.getUsingBundle().getSymbolicName();
    }

    @Override
    public Optional<ReferralSubject> subject(UUID referralId, java.time.LocalDate on, PolkuUser asking, String purpose) {
        return referrals.subjectOf(Objects.requireNonNull(referralId), Objects.requireNonNull(on), routing.moduleIdsOf(bundleId), scope, asking, purpose);
    }

    @Override
    public Optional<ReferralDetails> details(UUID referralId, PolkuUser asking, String purpose) {
        return referrals.detailsOf(Objects.requireNonNull(referralId), routing.moduleIdsOf(bundleId), asking, purpose);
    }

    @Override
    public Optional<String> identityCode(UUID referralId, PolkuUser asking, String purpose) {
        return referrals.identityCodeOf(Objects.requireNonNull(referralId), routing.moduleIdsOf(bundleId), asking, purpose);
    }

    @Override
    public void move(UUID referralId, String state, String note, PolkuUser by) {
        referrals.move(Objects.requireNonNull(referralId), state, note, routing.moduleIdsOf(bundleId), by);
    }
}
