package fi.polku.cases.internal.referral;

import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.organisation.ConfiguredUnit;
import fi.polku.cases.internal.process.Views.ArrivalReferral;
import fi.polku.cases.internal.process.Views.PeriodView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * A customer transferred to a unit that refers its arrivals to a service (the multisectoral unit
 * to the co-operation's module, by {@code refersTo} in the unit's configuration) is referred there
 * at once, with the transfer's reason as the purpose, like any referral: the home municipality's
 * module decides, and a refusal (the module stopped, a referral already open) leaves the transfer
 * done and says why, so that the caseworker can refer by hand later.
 */
@Component(service = ArrivalReferrals.class)
public final class ArrivalReferrals {
    private final ReferralService referrals;
    private final List<ConfiguredUnit> units = new CopyOnWriteArrayList<>();

    @Activate
    public ArrivalReferrals(@Reference ReferralService referrals) {
        this.referrals = referrals;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUnit(ConfiguredUnit u) {
        units.add(u);
    }

    void removeUnit(ConfiguredUnit u) {
        units.remove(u);
    }

    /** The period after a transfer, with the referral its new unit made (or why none was made). */
    public PeriodView afterTransfer(PeriodView period, String reason, PolkuUser by) {
        Optional<String> type = units.stream().filter(u -> u.id().equals(period.unit())).findFirst().flatMap(ConfiguredUnit::refersTo);
        if (type.isEmpty()) {
            return period;
        }
        try {
            ReferralService.ReferralView r = referrals.refer(period.customerId(), type.get(), reason.trim(), by);
            return period.withArrival(new ArrivalReferral(type.get(), r.id(), r.moduleId(), null));
        } catch (Problem refused) {
            return period.withArrival(new ArrivalReferral(type.get(), null, null, refused.detail()));
        }
    }
}
