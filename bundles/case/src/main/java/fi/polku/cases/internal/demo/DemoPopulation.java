package fi.polku.cases.internal.demo;

import fi.polku.api.installation.Installation;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.rules.RuleSets;
import fi.polku.cases.internal.modules.ModuleRoutingService;
import fi.polku.cases.internal.referral.ReferralService;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.cases.internal.CaseDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Demo data: in demo mode, an empty installation gets a synthetic population at start, so that
 * the console looks like a Monday morning in Kotka. Never in production mode.
 */
@Component(service = DemoPopulation.class, configurationPid = "fi.polku.demo")
@Designate(ocd = DemoPopulation.Config.class)
public final class DemoPopulation {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPopulation.class);
    static final int MAX = 1_000_000;
    private static final long LOCK_KEY = 0x64656d6fL; // "demo"

    @ObjectClassDefinition(name = "Polku demo data")
    public @interface Config {
        @AttributeDefinition(description = "Job seekers generated at the first start of a demo installation (0 for none; at most 1,000,000)")
        int scale() default 500;
    }

    /** What a generation did, with its speed. */
    public record Result(long customers, long periods, long tasks, long plans, double seconds, long rowsPerSecond) {}

    private final PersistenceUnit unit;
    private final RuleSets rules;
    private final Organisation organisation;
    private final boolean demo;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "polku-demo-data");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DemoPopulation(@Reference RuleSets rules, @Reference Organisation organisation, @Reference CaseDatabase database,
            @Reference Installation installation, @Reference ReferralService referrals, @Reference ModuleRoutingService routing, Config config) {
        this.unit = database.unit(); // COPY as the case bundle's own role, into its own schema
        this.rules = rules;
        this.organisation = organisation;
        this.demo = installation.isDemo();
        int scale = Math.max(0, Math.min(config.scale(), MAX));
        if (demo && scale > 0) {
            background.submit(() -> {
                try {
                    awaitMunicipalities();
                    Result r = generate(scale, true);
                    if (r.customers() > 0) {
                        LOG.info("Demo data: {} job seekers, {} periods, {} tasks in {} s", r.customers(), r.periods(), r.tasks(), r.seconds());
                        LOG.info("Demo data: {} referrals to the service modules", new DemoReferrals(unit, referrals, routing).make());
                    }
                } catch (RuntimeException e) {
                    LOG.error("Demo data could not be generated", e);
                }
            });
        }
    }

    @Deactivate
    void stop() {
        background.shutdownNow();
    }

    /** The area's configuration files are applied moments after start; the population needs its municipalities. */
    private void awaitMunicipalities() {
        for (int i = 0; i < 600 && (organisation.municipalities().isEmpty() || rules.all().isEmpty()); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public boolean isDemo() {
        return demo;
    }

    /** Adds {@code count} synthetic job seekers after those generated before. */
    public Result generate(int count) {
        return generate(count, false);
    }

    /**
     * Generates under a PostgreSQL advisory lock, so that two activations or two nodes never
     * generate the same people; {@code onlyIfEmpty} makes the start-up run add nothing to an
     * installation that already has its demo population.
     */
    private Result generate(int count, boolean onlyIfEmpty) {
        if (!demo) {
            throw new IllegalStateException("Synthetic people are generated only in demo mode");
        }
        if (organisation.municipalities().isEmpty()) {
            throw new IllegalStateException("No municipalities are configured");
        }
        try (Connection c = unit.connection()) {
            c.setAutoCommit(false);
            try (Statement lock = c.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            }
            long first = generatedSoFar(c);
            if (onlyIfEmpty && first > 0) {
                c.rollback();
                return new Result(0, 0, 0, 0, 0, 0);
            }
            PopulationGenerator.Stats s = new PopulationGenerator(rules, organisation.municipalities(), fi.polku.api.time.FinnishCalendar.today())
                    .generate(c, first, count);
            // The generated searches have their steps by the rules in force on each step's day
            // already: no rule set's transition has anything left to do for them.
            try (java.sql.PreparedStatement done = c.prepareStatement("INSERT INTO cases.rule_transition (rule_set, started_at, done_at, periods, changes) "
                    + "VALUES (?, now(), now(), 0, 0) ON CONFLICT (rule_set) DO NOTHING")) {
                for (fi.polku.api.rules.RuleSet r : rules.all()) {
                    done.setString(1, r.id());
                    done.addBatch();
                }
                done.executeBatch();
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                c.setAutoCommit(true);
                // Fresh statistics, so the planner uses the worklist indexes at once.
                st.execute("ANALYZE cases.customer, cases.job_search_period, cases.task, cases.unit_assignment, cases.employment_plan");
            }
            double seconds = s.millis() / 1000.0;
            return new Result(s.customers(), s.periods(), s.tasks(), s.plans(), seconds, (long) (s.rows() / Math.max(seconds, 0.001)));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Generating demo data failed: " + e.getMessage(), e);
        }
    }

    private static long generatedSoFar(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM cases.customer WHERE created_by = '" + PopulationGenerator.CREATED_BY + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
