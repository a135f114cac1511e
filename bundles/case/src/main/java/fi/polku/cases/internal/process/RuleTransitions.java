package fi.polku.cases.internal.process;

import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rules.DaySchedule;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.cases.internal.CaseDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a rule set to the job searches under way when it comes into force, as far as its
 * transitional provision reaches them: once per rule set, on the first nightly run on or after its
 * effective date. Searches started while it was already installed got their steps by it at the
 * start; this is for those whose tasks were made before it was installed (or before its day).
 * In batches of one transaction each, claimed by a row so that one node does it; a node that dies
 * half-way leaves the claim to expire, and the work is idempotent.
 */
@Component(service = RuleTransitions.class)
public final class RuleTransitions {
    private static final Logger LOG = LoggerFactory.getLogger(RuleTransitions.class);
    private static final String S = CaseDatabase.SCHEMA;
    private static final int BATCH = 500;

    /** What a transition did: the rule set, the open searches it looked at, the tasks added, moved or cancelled. */
    public record Done(String ruleSet, int periods, int changes) {}

    private final PersistenceUnit unit;
    private final RuleSets ruleSets;
    private final ServiceProcess process;

    @Activate
    public RuleTransitions(@Reference CaseDatabase database, @Reference RuleSets ruleSets, @Reference ServiceProcess process) {
        this.unit = database.unit();
        this.ruleSets = ruleSets;
        this.process = process;
    }

    /** Every transition due by {@code today} and not yet done. */
    public List<Done> run(LocalDate today) {
        return ruleSets.all().stream()
                .filter(r -> !r.effectiveFrom().isAfter(today) && RuleKeys.RULES_OF_THE_DAY.equals(DaySchedule.transition(r)))
                .filter(this::claim).map(this::apply).toList();
    }

    private boolean claim(RuleSet r) {
        return unit.inTransaction(em -> !em.createNativeQuery("INSERT INTO " + S + ".rule_transition (rule_set, started_at) VALUES (?1, now()) "
                + "ON CONFLICT (rule_set) DO UPDATE SET started_at = now() WHERE " + S + ".rule_transition.done_at IS NULL "
                + "AND " + S + ".rule_transition.started_at < now() - interval '1 hour' RETURNING rule_set")
                .setParameter(1, r.id()).getResultList().isEmpty());
    }

    private record Batch(int size, int changes, UUID last) {}

    private Done apply(RuleSet r) {
        int periods = 0;
        int changes = 0;
        // PostgreSQL orders uuids by their bytes, unsigned: the nil uuid is the least.
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            Batch b = unit.inTransaction(em -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT p.id, (SELECT min(i.held_on) FROM " + S + ".interview i WHERE i.period_id = p.id "
                        + "AND i.kind = 'initial') FROM " + S + ".job_search_period p WHERE p.end_date IS NULL AND p.start_date < ?1 AND p.id > ?2 "
                        + "ORDER BY p.id LIMIT " + BATCH).setParameter(1, r.effectiveFrom()).setParameter(2, from).getResultList();
                int changed = 0;
                for (Object[] row : rows) {
                    JobSearchPeriod p = em.find(JobSearchPeriod.class, row[0], jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                    RuleSet own = ruleSets.all().stream().filter(x -> x.id().equals(p.ruleSet())).findFirst()
                            .or(() -> ruleSets.forStart(p.startDate())).orElse(null);
                    if (own != null && p.isOpen()) {
                        changed += process.reconcile(em, p, Columns.day(row[1]), own);
                    }
                }
                return new Batch(rows.size(), changed, rows.isEmpty() ? from : (UUID) rows.get(rows.size() - 1)[0]);
            });
            periods += b.size();
            changes += b.changes();
            if (b.size() < BATCH) {
                break;
            }
            after = b.last();
        }
        int p = periods;
        int c = changes;
        unit.run(em -> em.createNativeQuery("UPDATE " + S + ".rule_transition SET done_at = now(), periods = ?2, changes = ?3 WHERE rule_set = ?1")
                .setParameter(1, r.id()).setParameter(2, p).setParameter(3, c).executeUpdate());
        LOG.info("Rule set {} applied to the job searches under way on {}: {} searches, {} tasks added, moved or cancelled",
                r.id(), r.effectiveFrom(), periods, changes);
        return new Done(r.id(), periods, changes);
    }
}
