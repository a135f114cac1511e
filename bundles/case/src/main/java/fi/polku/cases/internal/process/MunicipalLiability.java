package fi.polku.cases.internal.process;

import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rules.BenefitDays;
import fi.polku.api.rules.BenefitDays.Span;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.Message;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The municipal financing liability of open job searches: the day each job seeker reaches the
 * benefit days of each step of the municipality's share, counted as the law counts them
 * ({@link BenefitDays#nthPaidDay}: after the waiting period, the days of earlier job searches
 * included until the count starts again), by the parameters of the rule set in force today. The
 * area invests in the first months to keep these lists short.
 */
@Component(service = MunicipalLiability.class)
public final class MunicipalLiability {
    /** The forecast's horizons in months. */
    public static final List<Integer> HORIZONS = List.of(1, 3, 6);

    public record Approaching(UUID customerId, String customerName, UUID periodId, LocalDate start, String unit, LocalDate liabilityDate,
            long daysLeft) {}

    /** People per municipality crossing each step (benefit days) within each horizon (months). */
    public record Forecast(LocalDate today, List<Integer> steps, List<Integer> horizons, Map<String, Map<Integer, List<Integer>>> counts) {}

    /** The counting's parameters, from a rule set. */
    record Counting(int benefitDays, int waitingDays, int resetGapMonths, List<Integer> steps) {
        static Counting of(RuleSet r) {
            Map<String, String> p = new HashMap<>();
            for (RuleParameter x : r.parameters()) {
                p.put(x.key(), x.value());
            }
            List<Integer> steps = new ArrayList<>();
            for (String step : p.getOrDefault(RuleKeys.MUNICIPAL_LIABILITY_STEPS, "").split(",")) {
                if (step.contains(":")) {
                    steps.add(Integer.parseInt(step.split(":")[0].trim()));
                }
            }
            int days = Integer.parseInt(p.getOrDefault(RuleKeys.MUNICIPAL_LIABILITY_BENEFIT_DAYS, "100"));
            if (steps.isEmpty()) {
                steps.add(days);
            }
            return new Counting(days, Integer.parseInt(p.getOrDefault(RuleKeys.BENEFIT_WAITING_DAYS, "0")),
                    Integer.parseInt(p.getOrDefault(RuleKeys.BENEFIT_RESET_GAP_MONTHS, "12")), List.copyOf(steps));
        }

        Optional<LocalDate> day(List<Span> spans, int n) {
            return BenefitDays.nthPaidDay(spans, n, waitingDays, resetGapMonths);
        }

        /** How far back an open search can have started and still cross {@code n} days in the future: n plus the waiting period, 5 a week. */
        int candidateDays(int n) {
            return (n + waitingDays) * 7 / 5 + 14;
        }
    }

    private final PersistenceUnit unit;
    private final RuleSets ruleSets;
    private final Organisation organisation;

    @Activate
    public MunicipalLiability(@Reference CaseDatabase database, @Reference RuleSets ruleSets, @Reference Organisation organisation) {
        this.unit = database.unit();
        this.ruleSets = ruleSets;
        this.organisation = organisation;
    }

    public List<Approaching> approaching(String municipalityCode, int withinDays, LocalDate today, PolkuUser by) {
        if (organisation.municipality(municipalityCode).isEmpty()) {
            throw Refusals.notFound(Message.MUNICIPALITY_NOT_IN_AREA, municipalityCode);
        }
        if (withinDays < 0 || withinDays > 120) {
            throw Refusals.invalid(Message.WITHIN_DAYS_RANGE);
        }
        Counting counting = counting(today);
        return unit.inTransaction(em -> {
            List<Approaching> result = people(em, municipalityCode, counting, counting.benefitDays(), today, today.plusDays(withinDays));
            AuditTrail.record(em, by, null, "liability-list.read", "municipality " + municipalityCode + ", " + result.size() + " people");
            AuditTrail.recordShown(em, by, result.stream().map(Approaching::customerId).toList(), "liability-list.read",
                    "municipality " + municipalityCode);
            return result;
        });
    }

    /**
     * How many people in each municipality reach the liability within {@code withinDays}: counts
     * only, no names, so a dashboard needs no audit record of persons.
     */
    public Map<String, Integer> counts(int withinDays, LocalDate today) {
        if (withinDays < 0 || withinDays > 120) {
            throw Refusals.invalid(Message.WITHIN_DAYS_RANGE);
        }
        Counting counting = counting(today);
        return unit.inTransaction(em -> {
            Map<String, Integer> counts = new TreeMap<>();
            organisation.municipalities().forEach(m -> counts.put(m.code(), 0));
            for (Open o : open(em, null, today.minusDays(counting.candidateDays(counting.benefitDays())))) {
                LocalDate day = counting.day(o.spans(), counting.benefitDays()).orElse(null);
                if (day != null && !day.isBefore(today) && !day.isAfter(today.plusDays(withinDays))) {
                    counts.merge(o.municipality(), 1, Integer::sum);
                }
            }
            return counts;
        });
    }

    /** The forecast: per municipality and step of the share, the people crossing it within 1, 3 and 6 months. Counts only. */
    public Forecast forecast(LocalDate today) {
        Counting counting = counting(today);
        int widest = counting.steps().stream().max(Integer::compare).orElse(counting.benefitDays());
        return unit.inTransaction(em -> {
            Map<String, Map<Integer, List<Integer>>> counts = new TreeMap<>();
            for (var m : organisation.municipalities()) {
                Map<Integer, List<Integer>> byStep = new TreeMap<>();
                counting.steps().forEach(step -> byStep.put(step, new ArrayList<>(List.of(0, 0, 0))));
                counts.put(m.code(), byStep);
            }
            for (Open o : open(em, null, today.minusDays(counting.candidateDays(widest)))) {
                Map<Integer, List<Integer>> byStep = counts.get(o.municipality());
                if (byStep == null) {
                    continue;
                }
                for (int step : counting.steps()) {
                    LocalDate day = counting.day(o.spans(), step).orElse(null);
                    for (int h = 0; h < HORIZONS.size(); h++) {
                        if (day != null && !day.isBefore(today) && !day.isAfter(today.plusMonths(HORIZONS.get(h)))) {
                            byStep.get(step).set(h, byStep.get(step).get(h) + 1);
                        }
                    }
                }
            }
            return new Forecast(today, counting.steps(), HORIZONS, counts);
        });
    }

    /** The people behind a forecast figure: those of the municipality crossing {@code step} benefit days within {@code months}; audited. */
    public List<Approaching> forecastPeople(String municipalityCode, int step, int months, LocalDate today, PolkuUser by) {
        if (organisation.municipality(municipalityCode).isEmpty()) {
            throw Refusals.notFound(Message.MUNICIPALITY_NOT_IN_AREA, municipalityCode);
        }
        Counting counting = counting(today);
        if (!counting.steps().contains(step)) {
            throw Refusals.invalid("step", Message.LIABILITY_STEP_UNKNOWN, step, counting.steps().toString());
        }
        if (!HORIZONS.contains(months)) {
            throw Refusals.invalid("months", Message.LIABILITY_HORIZON_UNKNOWN, months, HORIZONS.toString());
        }
        return unit.inTransaction(em -> {
            List<Approaching> result = people(em, municipalityCode, counting, step, today, today.plusMonths(months));
            AuditTrail.record(em, by, null, "liability-list.read", "municipality " + municipalityCode + ", " + step + " days within "
                    + months + " months, " + result.size() + " people");
            AuditTrail.recordShown(em, by, result.stream().map(Approaching::customerId).toList(), "liability-list.read",
                    "municipality " + municipalityCode + ", forecast");
            return result;
        });
    }

    /** The day a job search's customer reaches the liability, counting their earlier searches; null when this search ended before it. */
    static LocalDate liabilityDate(RuleSets ruleSets, JobSearchPeriod p, LocalDate today, List<Span> searches) {
        Counting counting = ruleSets.inForceOn(today).map(Counting::of).orElse(null);
        if (counting == null) {
            return null;
        }
        return counting.day(searches, counting.benefitDays()).filter(d -> !d.isBefore(p.startDate())).orElse(null);
    }

    /** The customer's job searches started by the day {@code p} started (itself included), from the database. */
    static List<Span> spansUpTo(EntityManager em, JobSearchPeriod p) {
        return em.createQuery("select q.startDate, q.endDate from JobSearchPeriod q where q.customerId = :c and q.startDate <= :s",
                Object[].class).setParameter("c", p.customerId()).setParameter("s", p.startDate()).getResultList().stream()
                .map(r -> new Span((LocalDate) r[0], (LocalDate) r[1])).toList();
    }

    /** The same, from all of the customer's searches already loaded. */
    static List<Span> spansUpTo(List<JobSearchPeriod> customersSearches, JobSearchPeriod p) {
        return customersSearches.stream().filter(q -> !q.startDate().isAfter(p.startDate()))
                .map(q -> new Span(q.startDate(), q.endDate())).toList();
    }

    // ---- helpers -------------------------------------------------------------------------

    private record Open(UUID customerId, String name, UUID periodId, LocalDate start, String unit, String municipality, List<Span> spans) {}

    private Counting counting(LocalDate today) {
        return ruleSets.inForceOn(today).map(Counting::of)
                .orElseThrow(() -> Refusals.notFound(Message.RULES_NONE_FOR, today, "-"));
    }

    private List<Approaching> people(EntityManager em, String municipality, Counting counting, int step, LocalDate from, LocalDate to) {
        List<Approaching> result = new ArrayList<>();
        for (Open o : open(em, municipality, from.minusDays(counting.candidateDays(step)))) {
            LocalDate day = counting.day(o.spans(), step).orElse(null);
            if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                result.add(new Approaching(o.customerId(), o.name(), o.periodId(), o.start(), o.unit(), day, ChronoUnit.DAYS.between(from, day)));
            }
        }
        result.sort(Comparator.comparing(Approaching::liabilityDate).thenComparing(Approaching::customerName));
        return result;
    }

    /**
     * The open searches started after {@code startedAfter} (of one municipality, or all), each with
     * every job search of its customer (earlier ones included): two queries, however many people.
     */
    private static List<Open> open(EntityManager em, String municipality, LocalDate startedAfter) {
        String which = "p.endDate is null and p.startDate > :from" + (municipality == null ? "" : " and p.municipalityCode = :m");
        var openQuery = em.createQuery("select p.id, p.customerId, c.lastName, c.firstName, p.startDate, p.unit, p.municipalityCode "
                + "from JobSearchPeriod p join Customer c on c.id = p.customerId where " + which, Object[].class).setParameter("from", startedAfter);
        var earlierQuery = em.createQuery("select q.customerId, q.startDate, q.endDate from JobSearchPeriod q where q.endDate is not null "
                + "and q.customerId in (select p.customerId from JobSearchPeriod p where " + which + ")", Object[].class)
                .setParameter("from", startedAfter);
        if (municipality != null) {
            openQuery.setParameter("m", municipality);
            earlierQuery.setParameter("m", municipality);
        }
        List<Object[]> rows = openQuery.getResultList();
        Map<UUID, List<Span>> earlier = new HashMap<>();
        earlierQuery.getResultList().forEach(r -> earlier.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Span((LocalDate) r[1], (LocalDate) r[2])));
        List<Open> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<Span> spans = new ArrayList<>(earlier.getOrDefault((UUID) r[1], List.of()));
            spans.add(new Span((LocalDate) r[4], null));
            out.add(new Open((UUID) r[1], r[2] + ", " + r[3], (UUID) r[0], (LocalDate) r[4], (String) r[5], (String) r[6], spans));
        }
        return out;
    }
}
