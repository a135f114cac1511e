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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 * Set-based SQL, so it takes seconds for a million job seekers; a PostgreSQL advisory lock
 * makes sure only one platform node runs it at a time. Native SQL names the schema: the pool's
 * connections are shared by every unit, so no search path can be assumed.
 */
@Component(service = NightlyRecompute.class, configurationPid = "fi.polku.process.nightly")
@Designate(ocd = NightlyRecompute.Config.class)
public final class NightlyRecompute {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyRecompute.class);
    private static final long LOCK_KEY = 0x706f6c6b75L; // "polku"

    @ObjectClassDefinition(name = "Polku nightly run")
    public @interface Config {
        @AttributeDefinition(description = "Months of job search after which a customer moves from the initial to the guidance services unit")
        int initialUnitMonths() default 3;

        String initialUnitMonths_source() default "South Kymenlaakso service plan 2025 | customers still unemployed at three months move to the guidance services unit";

        @AttributeDefinition(description = "Local time of the nightly run, HH:MM")
        String runAt() default "02:00";
    }

    /** What a run did. */
    /** {@code rulesApplied}: rule sets applied today to the job searches under way (see {@link RuleTransitions}). */
    public record Result(int transferred, int tasksMoved, int statisticsRows, long millis, List<RuleTransitions.Done> rulesApplied) {}

    private final PersistenceUnit unit;
    private final RuleTransitions transitions;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "polku-nightly");
        t.setDaemon(true);
        return t;
    });
    private volatile int months;
    private ScheduledFuture<?> next;

    @Activate
    public NightlyRecompute(@Reference CaseDatabase database, @Reference RuleTransitions transitions, Config config) {
        this.unit = database.unit();
        this.transitions = transitions;
        modified(config);
    }

    /** A changed configuration is taken in place, so the REST resources that use this component stay up. */
    @Modified
    synchronized void modified(Config config) {
        this.months = Math.max(1, config.initialUnitMonths());
        LocalTime at;
        try {
            at = LocalTime.parse(config.runAt());
        } catch (DateTimeParseException e) {
            LOG.error("fi.polku.process.nightly: runAt '{}' is not a time like 02:00; running at 02:00", config.runAt());
            at = LocalTime.of(2, 0);
        }
        if (next != null) {
            next.cancel(false);
        }
        LocalDateTime now = LocalDateTime.now(FinnishCalendar.ZONE);
        LocalDateTime first = now.toLocalDate().atTime(at);
        if (!first.isAfter(now)) {
            first = first.plusDays(1);
        }
        next = timer.scheduleAtFixedRate(this::runLogged, Duration.between(now, first).toMinutes(), TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void runLogged() {
        try {
            Result r = run(FinnishCalendar.today());
            LOG.info("Nightly run: {} customers moved to the guidance services unit, {} tasks moved, {} statistics rows, {} ms",
                    r.transferred(), r.tasksMoved(), r.statisticsRows(), r.millis());
        } catch (RuntimeException e) {
            LOG.error("Nightly run failed; it runs again tomorrow or on demand", e);
        }
    }

    /** Runs now for {@code today}; returns zeros when another node holds the lock. */
    public Result run(LocalDate today) {
        long t0 = System.nanoTime();
        LocalDate startedOnOrBefore = today.minusMonths(months);
        // A rule set that came into force today reaches the searches under way first, so that today's counts follow it.
        List<RuleTransitions.Done> applied = transitions.run(today);
        return unit.inTransaction(em -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Result(0, 0, 0, 0, applied);
            }
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
        });
    }
}
