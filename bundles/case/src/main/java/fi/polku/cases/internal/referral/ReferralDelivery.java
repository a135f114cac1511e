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
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each installed module of the referral events waiting for it in the outbox, in order,
 * every second. An event leaves the outbox only when its module has taken it; a module that is
 * stopped, failing or slow keeps its events until it takes them (asked again after a growing
 * pause, at most a minute), and nobody else waits for it.
 *
 * <p>An event that the module refuses (throws on) {@code setAsideAfter} times is set aside, so
 * that one event the module cannot take does not hold up all its later ones; an IT admin sees it
 * ({@code /api/v1/admin/referral-events}), tries it again or closes it. Events of a module that
 * has not been installed for {@code retentionDays} are set aside too, so they do not pile up for
 * ever. Configuration {@code fi.polku.referral.delivery}.
 */
@Component(service = ReferralDelivery.class, immediate = true, configurationPid = "fi.polku.referral.delivery")
@Designate(ocd = ReferralDelivery.Config.class)
public final class ReferralDelivery {
    @ObjectClassDefinition(name = "Polku referral event delivery")
    public @interface Config {
        @AttributeDefinition(description = "Refusals by its module after which an event is set aside")
        int setAsideAfter() default 5;

        @AttributeDefinition(description = "Days an event waits for a module that is not installed before it is set aside")
        int retentionDays() default 30;
    }

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

    private final Config config;
    /** When events of absent modules were last looked at: once an hour is enough for a rule counted in days. */
    private volatile long retentionCheckedAt;

    @Activate
    public ReferralDelivery(@Reference CaseDatabase database, @Reference ModuleRoutingService routing, Config config) {
        this.unit = database.unit();
        this.routing = routing;
        this.config = config;
        timer.scheduleWithFixedDelay(this::deliverAll, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void deliverToEachModule() {
        if (System.currentTimeMillis() - retentionCheckedAt > 3_600_000L) {
            retentionCheckedAt = System.currentTimeMillis();
            setAsideForAbsentModules();
        }
        List<String> due = new java.util.ArrayList<>();
        for (ModuleDescriptor module : routing.installed()) {
            Backoff b = backoff.get(module.moduleId());
            if (b == null || System.currentTimeMillis() >= b.until()) {
                due.add(module.moduleId());
            }
        }
        for (String moduleId : waitingFor(due)) {
            try {
                deliver(moduleId);
            } catch (RuntimeException e) {
                // The database or the unit is going away (shutdown) or failed: the events stay for the next run.
                LOG.debug("Referral events for {} not delivered this time: {}", moduleId, e.toString());
            }
        }
    }

    /**
     * Which of these modules have events waiting: one statement a second (an index probe per
     * module) instead of a transaction per installed module, most of which find nothing.
     */
    private List<String> waitingFor(List<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> waiting = unit.inTransaction(em -> em.createNativeQuery("SELECT m FROM unnest(string_to_array(?1, ',')) WITH ORDINALITY AS x(m, n) "
                + "WHERE EXISTS (SELECT 1 FROM cases.referral_event e WHERE e.module_id = x.m AND e.set_aside_at IS NULL) ORDER BY n")
                .setParameter(1, String.join(",", moduleIds)).getResultList());
        return waiting;
    }

    /** Modules whose last delivery failed, and when to try them again: a failing module is not asked every second. */
    private final java.util.Map<String, Backoff> backoff = new java.util.concurrent.ConcurrentHashMap<>();

    private record Backoff(long until, long delayMs) {}

    private void deliverAll() {
        // Nothing may escape: an exception would end the scheduled runs for good.
        try {
            onOneNode(this::deliverToEachModule);
        } catch (java.sql.SQLException | RuntimeException e) {
            // The database or the unit is going away (shutdown) or failed: the events stay for the next run.
            LOG.debug("Referral events not delivered this time: {}", e.toString());
        } catch (Throwable t) {
            LOG.warn("Referral event delivery run failed; the next run tries again", t);
        }
    }

    /** The advisory lock key of event delivery ("deli", "very"). */
    private static final int LOCK_CLASS = 0x64656c69;
    private static final int LOCK_ID = 0x76657279;

    /**
     * Runs {@code delivery} on this node only when no other node of the cluster is delivering: a
     * PostgreSQL advisory lock, held on a connection of its own for the run. A node that dies loses
     * its connection and so its lock, and another node's next run (within a second) takes over, in
     * order, from the first event not yet deleted. Returns false when another node had it.
     */
    boolean onOneNode(Runnable delivery) throws java.sql.SQLException {
        try (java.sql.Connection lock = unit.connection()) {
            lock.setAutoCommit(true);
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?, ?)")) {
                return false;
            }
            try {
                delivery.run();
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?, ?)"); // the connection goes back to the pool unlocked
            }
            return true;
        }
    }

    private static boolean advisory(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (java.sql.PreparedStatement q = c.prepareStatement(sql)) {
            q.setInt(1, LOCK_CLASS);
            q.setInt(2, LOCK_ID);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Delivers the module's waiting events in order; returns how many it took. The events are
     * read in a short transaction and each is deleted in one of its own once taken, so no
     * transaction is open while a module works. Delivery is at least once (a node that dies after
     * the module took an event but before deleting it leaves it for the next node); per referral a
     * later event supersedes an earlier one. {@link #onOneNode} makes it one node at a time.
     */
    int deliver(String moduleId) {
        long started = System.currentTimeMillis();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery("SELECT seq, referral_id, service_type, municipality_code, state, at "
                + "FROM cases.referral_event WHERE module_id = ?1 AND set_aside_at IS NULL ORDER BY seq LIMIT " + BATCH)
                .setParameter(1, moduleId).getResultList());
        int taken = 0;
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            ReferralEvent event = ReferralEvent.builder().sequence(seq).referralId((UUID) r[1]).moduleId(moduleId).serviceType((String) r[2])
                    .municipalityCode((String) r[3]).state((String) r[4]).at(instant(r[5])).build();
            try {
                routing.referralChanged(moduleId, event);
            } catch (ModuleRoutingService.ModuleUnavailableException e) {
                if (e.refusal() != null && refused(seq, moduleId, e.refusal())) {
                    continue; // set aside: the module's later events go on
                }
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

    /** Counts a refusal of the event; true when that set it aside. */
    private boolean refused(long seq, String moduleId, String refusal) {
        String error = ("refused: " + refusal).substring(0, Math.min(200, ("refused: " + refusal).length()));
        int attempts = unit.inTransaction(em -> {
            em.createNativeQuery("UPDATE cases.referral_event SET attempts = attempts + 1, last_error = ?2 WHERE seq = ?1")
                    .setParameter(1, seq).setParameter(2, error).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT attempts FROM cases.referral_event WHERE seq = ?1").setParameter(1, seq)
                    .getSingleResult()).intValue();
        });
        if (attempts < config.setAsideAfter()) {
            return false;
        }
        unit.run(em -> em.createNativeQuery("UPDATE cases.referral_event SET set_aside_at = now() WHERE seq = ?1").setParameter(1, seq)
                .executeUpdate());
        LOG.warn("Referral event {} for module {} set aside after {} refusals ({}); its later events go on. "
                + "An IT admin retries or closes it: /api/v1/admin/referral-events", seq, moduleId, attempts, refusal);
        return true;
    }

    /** Sets aside the events of modules that have not been installed for the retention period. */
    private void setAsideForAbsentModules() {
        java.util.Set<String> installed = new java.util.HashSet<>();
        routing.installed().forEach(d -> installed.add(d.moduleId()));
        @SuppressWarnings("unchecked")
        List<String> waiting = unit.inTransaction(em -> em.createNativeQuery(
                "SELECT DISTINCT module_id FROM cases.referral_event WHERE set_aside_at IS NULL").getResultList());
        for (String moduleId : waiting) {
            if (installed.contains(moduleId)) {
                continue;
            }
            int n = unit.inTransaction(em -> em.createNativeQuery("UPDATE cases.referral_event SET set_aside_at = now(), last_error = ?2 "
                    + "WHERE module_id = ?1 AND set_aside_at IS NULL AND at < now() - ?3 * interval '1 day'")
                    .setParameter(1, moduleId).setParameter(2, "module not installed for " + config.retentionDays() + " days")
                    .setParameter(3, config.retentionDays()).executeUpdate());
            if (n > 0) {
                LOG.warn("{} referral events for module {} set aside: it has not been installed for {} days", n, moduleId,
                        config.retentionDays());
            }
        }
    }

    /** A timestamp column as the JDBC driver hands it over. */
    static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
