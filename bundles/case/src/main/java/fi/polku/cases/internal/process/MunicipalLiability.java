package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who in a municipality is approaching the municipal financing liability: open job searches
 * whose 100th benefit day (as their rule set counts it) falls within the coming days. The area
 * invests in the first months to keep this list short.
 */
@Component(service = MunicipalLiability.class)
public final class MunicipalLiability {
    /** 100 benefit days (Monday to Friday) take 20 weeks; a wider window finds every candidate. */
    private static final int CANDIDATE_DAYS = 200;

    public record Approaching(UUID customerId, String customerName, UUID periodId, LocalDate start, String unit, LocalDate liabilityDate,
            long daysLeft) {}

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
        return unit.inTransaction(em -> {
            List<Object[]> rows = em.createQuery("select p.id, p.customerId, c.lastName, c.firstName, p.startDate, p.unit, p.ruleSet "
                    + "from JobSearchPeriod p join Customer c on c.id = p.customerId "
                    + "where p.municipalityCode = :m and p.endDate is null and p.startDate > :from", Object[].class)
                    .setParameter("m", municipalityCode).setParameter("from", today.minusDays(CANDIDATE_DAYS)).getResultList();
            List<Approaching> result = new ArrayList<>();
            for (Object[] r : rows) {
                LocalDate start = (LocalDate) r[4];
                LocalDate liability = liabilityDate((String) r[6], start);
                if (liability == null) {
                    continue; // no rule set installed for so old a start
                }
                long daysLeft = ChronoUnit.DAYS.between(today, liability);
                if (daysLeft >= 0 && daysLeft <= withinDays) {
                    result.add(new Approaching((UUID) r[1], r[2] + ", " + r[3], (UUID) r[0], start, (String) r[5], liability, daysLeft));
                }
            }
            result.sort(Comparator.comparing(Approaching::liabilityDate));
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
    public java.util.Map<String, Integer> counts(int withinDays, LocalDate today) {
        if (withinDays < 0 || withinDays > 120) {
            throw Refusals.invalid(Message.WITHIN_DAYS_RANGE);
        }
        return unit.inTransaction(em -> {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            organisation.municipalities().forEach(m -> counts.put(m.code(), 0));
            List<Object[]> rows = em.createQuery("select p.municipalityCode, p.ruleSet, p.startDate, count(p) from JobSearchPeriod p "
                    + "where p.endDate is null and p.startDate > :from group by p.municipalityCode, p.ruleSet, p.startDate", Object[].class)
                    .setParameter("from", today.minusDays(CANDIDATE_DAYS)).getResultList();
            for (Object[] r : rows) {
                LocalDate liability = liabilityDate((String) r[1], (LocalDate) r[2]);
                long daysLeft = liability == null ? -1 : ChronoUnit.DAYS.between(today, liability);
                if (daysLeft >= 0 && daysLeft <= withinDays) {
                    counts.merge((String) r[0], ((Number) r[3]).intValue(), Integer::sum);
                }
            }
            return counts;
        });
    }

    /** The liability's day by the rules in force on it (a search of 2025 reaches it under the 2026 rules). */
    private LocalDate liabilityDate(String ruleSetId, LocalDate start) {
        return ruleSets.schedule(start, null).stream().map(fi.polku.api.rules.RuledStep::step)
                .filter(s -> s.step().startsWith("municipal-liability-")).map(ScheduledStep::deadline).findFirst().orElse(null);
    }
}
