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
 * node out of a load balancer: the check stays UP. Events set aside (refused again and again by their
 * module, or waiting too long for one that is gone) are counted apart, for an IT admin to handle.
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
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery("SELECT module_id, count(*) FILTER (WHERE set_aside_at IS NULL), "
                + "floor(extract(epoch FROM now() - min(at) FILTER (WHERE set_aside_at IS NULL)) / 60), "
                + "count(*) FILTER (WHERE set_aside_at IS NOT NULL) FROM cases.referral_event GROUP BY module_id ORDER BY module_id")
                .getResultList());
        StringBuilder waiting = new StringBuilder();
        StringBuilder setAside = new StringBuilder();
        for (Object[] r : rows) {
            if (((Number) r[1]).longValue() > 0) {
                waiting.append(waiting.isEmpty() ? "waiting for their module: " : "; ").append(r[0]).append(' ').append(r[1])
                        .append(" (oldest ").append(((Number) r[2]).longValue()).append(" min)");
            }
            if (((Number) r[3]).longValue() > 0) {
                setAside.append(setAside.isEmpty() ? "set aside for an IT admin (/api/v1/admin/referral-events): " : "; ")
                        .append(r[0]).append(' ').append(r[3]);
            }
        }
        if (waiting.isEmpty() && setAside.isEmpty()) {
            return Health.up("every module has taken its referral events");
        }
        return Health.up(waiting + (waiting.isEmpty() || setAside.isEmpty() ? "" : ". ") + setAside);
    }
}
