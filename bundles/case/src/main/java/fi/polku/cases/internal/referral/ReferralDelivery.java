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
 * stopped, failing or slow keeps its events until it takes them (asked again after a growing
 * pause, at most a minute), and nobody else waits for it.
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

    /** Modules whose last delivery failed, and when to try them again: a failing module is not asked every second. */
    private final java.util.Map<String, Backoff> backoff = new java.util.concurrent.ConcurrentHashMap<>();

    private record Backoff(long until, long delayMs) {}

    private void deliverAll() {
        // Nothing may escape: an exception would end the scheduled runs for good.
        try {
            for (ModuleDescriptor module : routing.installed()) {
                Backoff b = backoff.get(module.moduleId());
                if (b != null && System.currentTimeMillis() < b.until()) {
                    continue;
                }
                try {
                    deliver(module.moduleId());
                } catch (RuntimeException e) {
                    // The database or the unit is going away (shutdown) or failed: the events stay for the next run.
                    LOG.debug("Referral events for {} not delivered this time: {}", module.moduleId(), e.toString());
                }
            }
        } catch (Throwable t) {
            LOG.warn("Referral event delivery run failed; the next run tries again", t);
        }
    }

    /**
     * Delivers the module's waiting events in order; returns how many it took. The events are
     * read in a short transaction and each is deleted in one of its own once taken, so no database
     * connection is held while a module works. On several nodes two may deliver the same event
     * (delivery is at least once); per referral a later event supersedes an earlier one.
     */
    int deliver(String moduleId) {
        long started = System.currentTimeMillis();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery("SELECT seq, referral_id, service_type, municipality_code, state, at "
                + "FROM cases.referral_event WHERE module_id = ?1 ORDER BY seq LIMIT " + BATCH).setParameter(1, moduleId).getResultList());
        int taken = 0;
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            ReferralEvent event = ReferralEvent.builder().sequence(seq).referralId((UUID) r[1]).moduleId(moduleId).serviceType((String) r[2])
                    .municipalityCode((String) r[3]).state((String) r[4]).at(instant(r[5])).build();
            try {
                routing.referralChanged(moduleId, event);
            } catch (ModuleRoutingService.ModuleUnavailableException e) {
                Backoff previous = backoff.get(moduleId);
                long delay = previous == null ? 1_000 : Math.min(previous.delayMs() * 2, 60_000);
                backoff.put(moduleId, new Backoff(System.currentTimeMillis() + delay, delay));
                return taken; // the rest wait, in order, for a later run
            }
            unit.run(em -> em.createNativeQuery("DELETE FROM cases.referral_event WHERE seq = ?1").setParameter(1, seq).executeUpdate());
            taken++;
            if (System.currentTimeMillis() - started > RUN_LIMIT_MS) {
                break;
            }
        }
        backoff.remove(moduleId);
        return taken;
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
