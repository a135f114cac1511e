package fi.polku.cases.internal.referral;

import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.modules.ModuleRoutingService;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each installed module of the referral events waiting for it in the outbox, in order,
 * every second. An event leaves the outbox only when its module has taken it; a module that is
 * stopped, failing or slow keeps its events until it takes them, and nobody else waits for it.
 * On several nodes an advisory lock per module lets one node at a time deliver its events.
 */
@Component(service = ReferralDelivery.class, immediate = true)
public final class ReferralDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ReferralDelivery.class);
    private static final int BATCH = 100;
    /** A run stops taking more events after this long, so one transaction never lasts long. */
    private static final long RUN_LIMIT_MS = 5_000;

    private final PersistenceUnit unit;
    private final ModuleRoutingService routing;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "polku-referral-delivery");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ReferralDelivery(@Reference CaseDatabase database, @Reference ModuleRoutingService routing) {
        this.unit = database.unit();
        this.routing = routing;
        timer.scheduleWithFixedDelay(this::deliverAll, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void deliverAll() {
        for (ModuleDescriptor module : routing.installed()) {
            try {
                deliver(module.moduleId());
            } catch (RuntimeException e) {
                // The database or the unit is going away (shutdown) or failed: the events stay for the next run.
                LOG.debug("Referral events for {} not delivered this time: {}", module.moduleId(), e.toString());
            }
        }
    }

    /** Delivers the module's waiting events in order; returns how many it took. */
    int deliver(String moduleId) {
        long started = System.currentTimeMillis();
        return unit.inTransaction(em -> {
            Boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('polku.referral-delivery'), hashtext(?1))")
                    .setParameter(1, moduleId).getSingleResult();
            if (!Boolean.TRUE.equals(mine)) {
                return 0; // another node is delivering this module's events
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT seq, referral_id, service_type, municipality_code, state, at "
                    + "FROM cases.referral_event WHERE module_id = ?1 ORDER BY seq LIMIT " + BATCH)
                    .setParameter(1, moduleId).getResultList();
            int taken = 0;
            for (Object[] r : rows) {
                long seq = ((Number) r[0]).longValue();
                ReferralEvent event = new ReferralEvent(seq, (UUID) r[1], moduleId, (String) r[2], (String) r[3], (String) r[4],
                        instant(r[5]));
                try {
                    routing.referralChanged(moduleId, event);
                } catch (ModuleRoutingService.ModuleUnavailableException e) {
                    break; // the rest wait, in order, for the next run
                }
                em.createNativeQuery("DELETE FROM cases.referral_event WHERE seq = ?1").setParameter(1, seq).executeUpdate();
                taken++;
                if (System.currentTimeMillis() - started > RUN_LIMIT_MS) {
                    break;
                }
            }
            return taken;
        });
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
