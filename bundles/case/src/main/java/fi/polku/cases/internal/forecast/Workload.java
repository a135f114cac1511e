package fi.polku.cases.internal.forecast;

import fi.polku.api.organisation.Caseworker;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.organisation.Unit;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.rules.DraftRuleSets;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import org.jspecify.annotations.Nullable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statutory workload ahead against the hours the units have: for each job seekers' unit and
 * each of the coming weeks, the hours its open statutory tasks due that week take (each kind of
 * step by its configured minutes) beside the hours its staff have for them (staff, their weekly
 * hours in that week's business days, and the share of them for this work). The tasks overdue
 * now are the first week's too: they are due at once. A week over capacity is marked, so that a
 * unit lead can act before deadlines slip. The minutes, staff and shares are the area's own
 * estimates, not law: configuration ({@code fi.polku.capacity}).
 */
@Component(service = Workload.class, configurationPid = "fi.polku.capacity")
@Designate(ocd = Workload.Config.class)
public final class Workload {
    private static final Logger LOG = LoggerFactory.getLogger(Workload.class);

    @ObjectClassDefinition(name = "Polku workload and capacity", description = "The area's estimates for the workload forecast")
    public @interface Config {
        @AttributeDefinition(description = "Minutes a task of each kind of step takes, 'step:minutes'; a step is matched by the longest "
                + "name its own begins with (supplementary-interview matches supplementary-interview-2)")
        String[] stepMinutes() default {"initial-interview:60", "initial-assessment:90", "supplementary-interview:45",
            "job-search-interview:45", "job-search-profile:20", "work-search-follow-up:20", "neglect-decision:30"};

        @AttributeDefinition(description = "Minutes of a kind of step not named in stepMinutes")
        int otherMinutes() default 30;

        @AttributeDefinition(description = "Staff of a unit in full-time equivalents, 'unit:staff'; a unit not named counts "
                + "its caseworkers' accounts")
        String[] unitStaff() default {};

        @AttributeDefinition(description = "Working hours of a full-time member of staff in a week of five business days")
        double hoursPerWeek() default 36.25;

        @AttributeDefinition(description = "Share of working hours for statutory tasks (the rest goes to other customer work, "
                + "meetings, training)")
        double taskShare() default 0.6;
    }

    /** One unit's week: the tasks by kind of step, the hours they take and the hours the unit has; over when more is due than had. */
    public record Week(LocalDate monday, int businessDays, Map<String, Integer> tasks, double hoursDue, double hoursAvailable,
            boolean overCapacity) {}

    public record UnitForecast(String unit, Map<String, String> names, double staff, boolean staffConfigured, List<Week> weeks) {}

    /** A candidate rule set installed as a draft. */
    public record Draft(String id, String title, LocalDate effectiveFrom) {
        static Draft of(RuleSet r) {
            return new Draft(r.id(), r.title(), r.effectiveFrom());
        }
    }

    /**
     * The forecast, and the estimates it used (said beside it, since they are not law). With a
     * draft: {@code units} are the rules in force and {@code whatIf} the same caseload under the
     * draft taken as in force from {@code from}, both projected alike ({@code basis} "projection");
     * without: the open tasks as they are ({@code basis} "tasks"). {@code drafts}: those installed.
     */
    public record Forecast(LocalDate from, int weeks, String basis, List<UnitForecast> units, @Nullable Draft ruleSet,
            @Nullable List<UnitForecast> whatIf, List<Draft> drafts, Map<String, Integer> stepMinutes, double hoursPerWeek,
            double taskShare, long millis) {}

    private final PersistenceUnit unit;
    private final Organisation organisation;
    private volatile Config config;
    private volatile Map<String, Integer> minutes;
    private volatile Map<String, Double> staff;

    private final RuleSets ruleSets;
    private final DraftRuleSets drafts;

    @Activate
    public Workload(@Reference CaseDatabase database, @Reference Organisation organisation, @Reference RuleSets ruleSets,
            @Reference DraftRuleSets drafts, Config config) {
        this.unit = database.unit();
        this.organisation = organisation;
        this.ruleSets = ruleSets;
        this.drafts = drafts;
        modified(config);
    }

    /** The drafts installed, for the what-if. */
    public List<Draft> drafts() {
        return drafts.all().stream().map(Draft::of).toList();
    }

    @Modified
    void modified(Config config) {
        this.minutes = pairs(config.stepMinutes(), "stepMinutes").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (int) Math.round(e.getValue())));
        this.staff = pairs(config.unitStaff(), "unitStaff");
        this.config = config;
    }

    /** The coming {@code weeks} weeks from this week's Monday, the open tasks as they are. */
    public Forecast forecast(int weeks) {
        long t0 = System.nanoTime();
        LocalDate monday = FinnishCalendar.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = monday.plusWeeks(weeks);
        // Per unit, week and step: overdue tasks fall in the first week. One scan of the open tasks.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery("SELECT owner_unit, "
                + "greatest(date_trunc('week', due)::date, ?1) AS week, step, count(*) FROM cases.task "
                + "WHERE state = 'open' AND due < ?2 GROUP BY 1, 2, 3").setParameter(1, monday).setParameter(2, end).getResultList());
        Map<String, Map<LocalDate, Map<String, Integer>>> counts = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate week = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
            counts.computeIfAbsent((String) r[0], u -> new TreeMap<>()).computeIfAbsent(week, w -> new TreeMap<>())
                    .merge(kind((String) r[2]), ((Number) r[3]).intValue(), Integer::sum);
        }
        Config c = config;
        return new Forecast(monday, weeks, "tasks", units(counts, monday, weeks, c), null, null, drafts(), new TreeMap<>(minutes),
                c.hoursPerWeek(), c.taskShare(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * What if {@code draft} were in force from this week: today's open job searches projected
     * under the rules in force and under the draft, in one read of them. Nothing is written.
     */
    public Forecast whatIf(int weeks, RuleSet draft) {
        long t0 = System.nanoTime();
        LocalDate today = FinnishCalendar.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<RuleSet> inForce = ruleSets.all();
        Projection now = new Projection(inForce, null, today, weeks);
        Projection then = new Projection(inForce, draft, today, weeks);
        OpenPeriods.read(unit, p -> {
            now.add(p);
            then.add(p);
        });
        Config c = config;
        return new Forecast(monday, weeks, "projection", units(now.counts(), monday, weeks, c), Draft.of(draft),
                units(then.counts(), monday, weeks, c), drafts(), new TreeMap<>(minutes), c.hoursPerWeek(), c.taskShare(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private List<UnitForecast> units(Map<String, Map<LocalDate, Map<String, Integer>>> counts, LocalDate monday, int weeks, Config c) {
        Map<String, Long> accounts = new HashMap<>();
        for (Caseworker w : organisation.caseworkers()) {
            accounts.merge(w.unit(), 1L, Long::sum);
        }
        List<UnitForecast> units = new ArrayList<>();
        for (Unit u : organisation.units().stream().sorted(Comparator.comparing(Unit::id)).toList()) {
            if (u.id().equals("employer")) {
                continue; // the employer services' work is not the job seekers' statutory steps
            }
            boolean configured = staff.containsKey(u.id());
            double people = configured ? staff.get(u.id()) : accounts.getOrDefault(u.id(), 0L);
            List<Week> list = new ArrayList<>();
            for (int i = 0; i < weeks; i++) {
                LocalDate w = monday.plusWeeks(i);
                Map<String, Integer> tasks = new TreeMap<>(counts.getOrDefault(u.id(), Map.of()).getOrDefault(w, Map.of()));
                double due = tasks.entrySet().stream().mapToDouble(e -> e.getValue() * minutesOf(e.getKey(), c) / 60.0).sum();
                int days = businessDays(w);
                double available = people * c.hoursPerWeek() * days / 5.0 * c.taskShare();
                list.add(new Week(w, days, tasks, round(due), round(available), due > available));
            }
            units.add(new UnitForecast(u.id(), u.names(), people, configured, list));
        }
        return units;
    }

    /** A step's kind: its name without the number of the occasion (supplementary-interview-2, job-search-interview-6m). */
    static String kind(String step) {
        return step.replaceFirst("-(\\d+m?)$", "");
    }

    private int minutesOf(String kind, Config c) {
        String best = null;
        for (String name : minutes.keySet()) {
            if (kind.startsWith(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? c.otherMinutes() : minutes.get(best);
    }

    private static int businessDays(LocalDate monday) {
        int n = 0;
        for (int d = 0; d < 5; d++) {
            if (FinnishCalendar.isBusinessDay(monday.plusDays(d))) {
                n++;
            }
        }
        return n;
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }

    /** "name:number" pairs; a malformed one is said in the log and left out, never guessed. */
    private static Map<String, Double> pairs(String[] values, String setting) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String v : values) {
            int at = v.lastIndexOf(':');
            try {
                double n = Double.parseDouble(v.substring(at + 1).trim());
                if (at <= 0 || n < 0) {
                    throw new NumberFormatException();
                }
                map.put(v.substring(0, at).trim(), n);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                LOG.error("fi.polku.capacity: {} '{}' is not 'name:number'; left out", setting, v);
            }
        }
        return map;
    }
}
