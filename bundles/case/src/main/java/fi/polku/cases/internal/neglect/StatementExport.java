package fi.polku.cases.internal.neglect;

import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.ListPage;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.process.Refusals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The labour-policy statements as data for the benefit payer (Kela's or a fund's interface, or a
 * person keying them in): every decided neglect in a span of decision days, the job seeker
 * identified by the identity code, the consequence as numbers, the rules applied and whether and
 * where it was sent. Every person in the answer gets an event in their own audit trail.
 */
@Component(service = StatementExport.class)
public final class StatementExport {
    private static final String S = Neglects.S;

    /** One statement: {@code validReason} true means no consequence; {@code sentAt} null means not sent yet. */
    public record Row(UUID neglectId, String identityCode, String lastName, String firstName, String municipalityCode, String language,
            String kind, LocalDate occurredOn, Instant decidedAt, boolean validReason, int ordinal, boolean reminder, int benefitLossDays,
            int employmentRequirementWeeks, boolean jobSearchEnds, String ruleSet, String source, String recipient, String fund, Instant sentAt) {}

    private final PersistenceUnit unit;

    @Activate
    public StatementExport(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    /** Decided from {@code from} to {@code to} (both inclusive, Finnish time); {@code sent} null for all, or only sent / unsent ones. */
    public ListPage<Row> rows(LocalDate from, LocalDate to, Boolean sent, Paging paging, PolkuUser by) {
        if (to.isBefore(from)) {
            throw Refusals.invalid("to", Message.AUDIT_TO_BEFORE_FROM);
        }
        // A day's midnight in Helsinki as an instant: a date must become a timestamp first. A bare date AT TIME ZONE is read
        // as midnight UTC and turned into Helsinki's wall clock, so the days ran from 04:00 to 04:00 (or 03:00) Finnish time.
        String where = "n.state <> 'hearing' AND n.decided_at >= (CAST(CAST(?1 AS date) AS timestamp) AT TIME ZONE 'Europe/Helsinki') "
                + "AND n.decided_at < (CAST(CAST(?2 AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Helsinki')"
                + (sent == null ? "" : sent ? " AND n.statement_sent_at IS NOT NULL" : " AND n.statement_sent_at IS NULL");
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT n.id, c.identity_code, c.last_name, c.first_name, n.municipality_code, c.language, "
                    + "n.kind, n.occurred_on, n.decided_at, n.state, n.ordinal, n.reminder, n.benefit_loss_days, n.requirement_weeks, "
                    + "n.job_search_ends, n.rule_set, n.source, n.statement_recipient, n.statement_fund, n.statement_sent_at, n.customer_id "
                    + "FROM " + S + ".neglect n JOIN " + S + ".customer c ON c.id = n.customer_id WHERE " + where
                    + " ORDER BY n.decided_at, n.id OFFSET ?3 LIMIT ?4").setParameter(1, from).setParameter(2, to)
                    .setParameter(3, paging.offset()).setParameter(4, paging.limit()).getResultList();
            long total = rows.size() < paging.limit() && (paging.offset() == 0 || !rows.isEmpty()) ? paging.offset() + rows.size()
                    : ((Number) em.createNativeQuery("SELECT count(*) FROM " + S + ".neglect n WHERE " + where).setParameter(1, from)
                            .setParameter(2, to).getSingleResult()).longValue();
            List<Row> out = rows.stream().map(r -> new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], Columns.day(r[7]), Columns.instant(r[8]), "valid-reason".equals(r[9]), ((Number) r[10]).intValue(),
                    Columns.bool(r[11]), ((Number) r[12]).intValue(), ((Number) r[13]).intValue(), Columns.bool(r[14]), (String) r[15],
                    (String) r[16], (String) r[17], (String) r[18], Columns.instant(r[19]))).toList();
            AuditTrail.record(em, by, null, "statements.read", from + ".." + to + ", " + out.size() + " statements");
            AuditTrail.recordShown(em, by, rows.stream().map(r -> (UUID) r[20]).distinct().toList(), "statements.read", from + ".." + to);
            return paging.page(total, out);
        });
    }
}
