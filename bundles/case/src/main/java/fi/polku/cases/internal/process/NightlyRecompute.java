package fi.polku.cases.internal.process;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jakarta.persistence.EntityManager;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly run: customers still in the initial services unit when their job search has
 * lasted three months move to the guidance services unit, with their unassigned open tasks;
 * then the day's open and overdue tasks are counted per municipality and unit. Whether a task
 * is overdue is not stored: it is derived from its due date whenever a list is read, so no
 * run can leave it stale.
 * <p>Set-based SQL, so it takes seconds for a million job seekers. Once a day, however many
 * nodes: every node checks every few seconds from {@code runAt} on whether today's run is
 * recorded in {@code cases.nightly_run}; one that finds it missing takes a PostgreSQL advisory
 * lock, checks again and runs, recording the day in the run's own transaction. A node that dies
 * in the middle loses its lock and its transaction with its connection, so another node runs
 * the day at its next check, within seconds; and a day when every node was down at
 * {@code runAt} is run when the first comes up. Native SQL names the schema: the pool's
 * connections are shared by every unit, so no search path can be assumed.
 */
@Component(service = NightlyRecompute.class, configurationPid = "fi.polku.process.nightly")
@Designate(ocd = NightlyRecompute.Config.class)
public final class NightlyRecompute {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyRecompute.class);
    private static final long LOCK_KEY = 0x706f6c6b75L; // "polku"
    /** A run that failed is tried again on this node after this pause, not at every check. */
    private static final Duration AFTER_FAILURE = Duration.ofMinutes(10);

    @ObjectClassDefinition(name = "Polku nightly run")
    public @interface Config {
        @AttributeDefinition(description = "Months of job search after which a customer moves from the initial to the guidance services unit")
        int initialUnitMonths() default 3;

        String initialUnitMonths_source() default "South Kymenlaakso service plan 2025 | customers still unemployed at three months move to the guidance services unit";

        @AttributeDefinition(description = "Local time from which the day's run is due, HH:MM")
        String runAt() default "02:00";

        @AttributeDefinition(description = "Seconds between a node's checks whether the day's run is due and not yet done "
                + "(how soon another node takes over the run of a node that died)", min = "1", max = "300")
        int checkSeconds() default 5;
    }

    /** What a run did. */
    /** {@code rulesApplied}: rule sets applied today to the job searches under way (see {@link RuleTransitions}). */
    public record Result(int transferred, int tasksMoved, int statisticsRows, long millis, List<RuleTransitions.Done> rulesApplied) {}

    private final PersistenceUnit unit;
    private final RuleTransitions transitions;
    private final String node;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "polku-nightly");
        t.setDaemon(true);
        return t;
    });
    private volatile int months;
    private volatile LocalTime runAt;
    private volatile LocalDateTime pausedUntil = LocalDateTime.MIN;
    private ScheduledFuture<?> checks;

    @Activate
    public NightlyRecompute(@Reference CaseDatabase database, @Reference RuleTransitions transitions, Config config, BundleContext context) {
        this.unit = database.unit();
        this.transitions = transitions;
        String name = context.getProperty("polku.node.name");
        this.node = name == null || name.isBlank() ? "polku" : name;
        modified(config);
    }

    /** A changed configuration is taken in place, so the REST resources that use this component stay up. */
    @Modified
    synchronized void modified(Config config) {
        this.months = Math.max(1, config.initialUnitMonths());
        try {
            this.runAt = LocalTime.parse(config.runAt());
        } catch (DateTimeParseException e) {
            LOG.error("fi.polku.process.nightly: runAt '{}' is not a time like 02:00; running at 02:00", config.runAt());
            this.runAt = LocalTime.of(2, 0);
        }
        if (checks != null) {
            checks.cancel(false);
        }
        int seconds = Math.max(1, Math.min(300, config.checkSeconds()));
        checks = timer.scheduleWithFixedDelay(this::check, 0, seconds, TimeUnit.SECONDS);
    }

    /** The local time from which the day's run is due. */
    public LocalTime runAt() {
        return runAt;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void check() {
        LocalDateTime now = LocalDateTime.now(FinnishCalendar.ZONE);
        if (now.toLocalTime().isBefore(runAt) || now.isBefore(pausedUntil)) {
            return;
        }
        try {
            runIfDue(now.toLocalDate()).ifPresent(r -> LOG.info("Nightly run: {} customers moved to the guidance services unit, "
                    + "{} tasks moved, {} statistics rows, {} ms", r.transferred(), r.tasksMoved(), r.statisticsRows(), r.millis()));
        } catch (RuntimeException e) {
            pausedUntil = now.plus(AFTER_FAILURE);
            LOG.error("Nightly run failed; this node tries again in {} minutes, or run it on demand", AFTER_FAILURE.toMinutes(), e);
        }
    }

    /**
     * The day's run, if no node has recorded it yet and none is running it now; empty otherwise.
     * A PostgreSQL primary-key read when there is nothing to do.
     */
    public Optional<Result> runIfDue(LocalDate today) {
        if (unit.inTransaction(em -> done(em, today))) {
            return Optional.empty();
        }
        long t0 = System.nanoTime();
        // A rule set that came into force today reaches the searches under way first, so that today's counts follow it.
        List<RuleTransitions.Done> applied = transitions.run(today);
        return unit.inTransaction(em -> {
            if (!locked(em) || done(em, today)) { // another node runs it, or finished it since our first look
                return Optional.<Result>empty();
            }
            return Optional.of(record(em, today, recompute(em, today, t0, applied)));
        });
    }

    /** Runs now for {@code today}, done or not (an IT admin's rerun); returns zeros when another node holds the lock. */
    public Result run(LocalDate today) {
        long t0 = System.nanoTime();
        List<RuleTransitions.Done> applied = transitions.run(today);
        return unit.inTransaction(em -> locked(em) ? record(em, today, recompute(em, today, t0, applied)) : new Result(0, 0, 0, 0, applied));
    }

    private static boolean locked(EntityManager em) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult());
    }

    private static boolean done(EntityManager em, LocalDate day) {
        return !em.createNativeQuery("SELECT 1 FROM cases.nightly_run WHERE day = ?1").setParameter(1, day).getResultList().isEmpty();
    }

    private Result record(EntityManager em, LocalDate today, Result r) {
        em.createNativeQuery("INSERT INTO cases.nightly_run (day, node, finished_at, transferred, tasks_moved, statistics_rows, millis) "
                + "VALUES (?1, ?2, now(), ?3, ?4, ?5, ?6) ON CONFLICT (day) DO UPDATE SET node = excluded.node, "
                + "finished_at = excluded.finished_at, runs = cases.nightly_run.runs + 1, transferred = excluded.transferred, "
                + "tasks_moved = excluded.tasks_moved, statistics_rows = excluded.statistics_rows, millis = excluded.millis")
                .setParameter(1, today).setParameter(2, node).setParameter(3, r.transferred()).setParameter(4, r.tasksMoved())
                .setParameter(5, r.statisticsRows()).setParameter(6, r.millis()).executeUpdate();
        return r;
    }

    private Result recompute(EntityManager em, LocalDate today, long t0, List<RuleTransitions.Done> applied) {
        LocalDate startedOnOrBefore = today.minusMonths(months);
        // One statement: the periods are locked and re-checked as they move (so a caseworker's
        // transfer running at the same moment wins cleanly), and only the moved ones get a
        // history row and have their tasks follow.
        Object[] moved = (Object[]) em.createNativeQuery("WITH moved AS ("
                + "  UPDATE cases.job_search_period SET unit = 'guidance' "
                + "  WHERE end_date IS NULL AND unit = 'initial' AND start_date <= ?1 RETURNING id), "
                + "history AS (INSERT INTO cases.unit_assignment (period_id, unit, from_date, reason, assigned_by) "
                + "  SELECT id, 'guidance', ?2, ?3, 'nightly' FROM moved RETURNING 1), "
                + "tasks AS (UPDATE cases.task SET owner_unit = 'guidance' "
                + "  WHERE period_id IN (SELECT id FROM moved) AND state = 'open' AND owner_user IS NULL RETURNING 1) "
                + "SELECT (SELECT count(*) FROM moved), (SELECT count(*) FROM tasks), (SELECT count(*) FROM history)")
                .setParameter(1, startedOnOrBefore).setParameter(2, today)
                .setParameter(3, "job search has lasted " + months + " months").getSingleResult();
        int periods = ((Number) moved[0]).intValue();
        int tasks = ((Number) moved[1]).intValue();
        // Today's count of open and overdue tasks per municipality and unit (a rerun replaces it).
        em.createNativeQuery("DELETE FROM cases.task_statistics WHERE day = ?1").setParameter(1, today).executeUpdate();
        int stats = em.createNativeQuery("INSERT INTO cases.task_statistics (day, municipality_code, unit, open_tasks, overdue_tasks) "
                + "SELECT ?1, municipality_code, owner_unit, count(*), count(*) FILTER (WHERE due < ?1) "
                + "FROM cases.task WHERE state = 'open' GROUP BY municipality_code, owner_unit")
                .setParameter(1, today).executeUpdate();
        return new Result(periods, tasks, stats, (System.nanoTime() - t0) / 1_000_000, applied);
    }
}
