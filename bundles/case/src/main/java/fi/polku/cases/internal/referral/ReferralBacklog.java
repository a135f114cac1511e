package fi.polku.cases.internal.referral;

import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.cases.internal.CaseDatabase;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The referral events that modules have not taken yet, per module, in {@code /api/health}. A
 * backlog is information for the admin (a module stopped or failing), not a reason to take the
 * node out of a load balancer: the check stays UP.
 */
@Component(service = HealthIndicator.class)
public final class ReferralBacklog implements HealthIndicator {
    private final PersistenceUnit unit;

    @Activate
    public ReferralBacklog(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    @Override
    public String name() {
        return "referral-events";
    }

    @Override
    public Health check() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery("SELECT module_id, count(*), "
                + "floor(extract(epoch FROM now() - min(at)) / 60) FROM cases.referral_event GROUP BY module_id ORDER BY module_id")
                .getResultList());
        if (rows.isEmpty()) {
            return Health.up("every module has taken its referral events");
        }
        StringBuilder waiting = new StringBuilder("waiting for their module: ");
        for (Object[] r : rows) {
            waiting.append(r[0]).append(' ').append(r[1]).append(" (oldest ").append(((Number) r[2]).longValue()).append(" min); ");
        }
        return Health.up(waiting.substring(0, waiting.length() - 2));
    }
}
