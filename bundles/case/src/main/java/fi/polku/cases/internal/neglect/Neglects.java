package fi.polku.cases.internal.neglect;

import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.ListPage;
import fi.polku.api.rules.NeglectConsequence;
import fi.polku.api.rules.NeglectLadder;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.process.FollowUps;
import fi.polku.cases.internal.process.InputCheck;
import fi.polku.cases.internal.process.JobSearchPeriod;
import fi.polku.cases.internal.process.PeriodEnding;
import fi.polku.cases.internal.process.Refusals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Neglects of the job search and of services (Act 1290/2002 chapter 2 a), from the record to the
 * labour-policy statement: the caseworker records what happened; the job seeker is heard (a
 * deadline to explain, Act 434/2003 34 §); the caseworker decides whether it was a neglect
 * without a valid reason; the consequence is the one of the rule set in force on the day of the
 * neglect, counting the job seeker's earlier neglects so decided; the statement goes to Kela or
 * the unemployment fund and its sending is recorded. When the consequence ends the job search
 * (a missed interview from 1.3.2026), the decision ends it on the day of the neglect. Every
 * method is one transaction, audited.
 */
@Component(service = Neglects.class)
public final class Neglects {
    static final String S = CaseDatabase.SCHEMA;
    /** The worklist task that reminds the recorder to decide once the hearing's deadline has passed. */
    static final String DECISION_STEP = "neglect-decision";
    static final Set<String> RECIPIENTS = Set.of("kela", "fund");

    public record NewNeglect(String kind, String occurredOn, String description) {}

    public record Explanation(String explanation, String receivedOn) {}

    public record Decision(Boolean validReason, String reasoning) {}

    public record Sending(String recipient, String fund) {}

    public record Consequence(int ordinal, boolean reminder, int benefitLossDays, int employmentRequirementWeeks, boolean jobSearchEnds,
            String ruleSet, String rule, String source) {}

    public record Statement(String recipient, String fund, Instant sentAt, String sentBy) {}

    public record View(UUID id, UUID periodId, UUID customerId, String kind, LocalDate occurredOn, String description, Instant recordedAt,
            String recordedBy, LocalDate hearingDeadline, String explanation, LocalDate explanationReceivedOn, String state,
            Consequence consequence, String reasoning, Instant decidedAt, String decidedBy, Statement statement) {}

    private final PersistenceUnit unit;
    private final RuleSets ruleSets;

    @Activate
    public Neglects(@Reference CaseDatabase database, @Reference RuleSets ruleSets) {
        this.unit = database.unit();
        this.ruleSets = ruleSets;
    }

    /** Records a neglect; the answer carries the consequence it would have if decided without a valid reason. */
    public View record(UUID periodId, NewNeglect in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.NEGLECT_BODY);
        }
        InputCheck check = new InputCheck();
        String kind = check.oneOf("kind", in.kind(), Set.copyOf(NeglectLadder.KINDS));
        LocalDate day = check.date("occurredOn", in.occurredOn());
        if (check.ok("occurredOn") && day.isAfter(FinnishCalendar.today())) {
            check.problem("occurredOn", Message.NEGLECT_IN_FUTURE, day);
        }
        String description = check.text("description", in.description(), 4000);
        check.done();
        return unit.inTransaction(em -> {
            JobSearchPeriod p = period(em, periodId);
            if (day.isBefore(p.startDate()) || (p.endDate() != null && day.isAfter(p.endDate()))) {
                throw Refusals.invalid("occurredOn", Message.NEGLECT_OUTSIDE_PERIOD, day, p.startDate());
            }
            RuleSet rules = rulesOn(day);
            NeglectConsequence c = consequence(em, rules, kind, day, p.customerId(), null);
            int hearingDays = rules.parameters().stream().filter(x -> x.key().equals(RuleKeys.NEGLECT_HEARING_DAYS)).findFirst()
                    .map(x -> Integer.parseInt(x.value())).orElse(10);
            LocalDate deadline = FinnishCalendar.plusBusinessDays(FinnishCalendar.today(), hearingDays);
            UUID id = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO " + S + ".neglect (id, period_id, customer_id, municipality_code, kind, occurred_on, description, "
                    + "recorded_at, recorded_by, hearing_deadline, state, rule_set, ordinal, reminder, benefit_loss_days, requirement_weeks, "
                    + "job_search_ends, rule, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS varchar), ?8, ?9, ?10, 'hearing', ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)")
                    .setParameter(1, id).setParameter(2, p.id()).setParameter(3, p.customerId()).setParameter(4, p.municipalityCode())
                    .setParameter(5, kind).setParameter(6, day).setParameter(7, description).setParameter(8, Timestamp.from(Instant.now()))
                    .setParameter(9, by.username()).setParameter(10, deadline).setParameter(11, c.ruleSet()).setParameter(12, c.ordinal())
                    .setParameter(13, c.reminder()).setParameter(14, c.benefitLossDays()).setParameter(15, c.employmentRequirementWeeks())
                    .setParameter(16, c.jobSearchEnds()).setParameter(17, c.rule()).setParameter(18, c.source().toString()).executeUpdate();
            // The decision waits for the explanation or the deadline: a task on the recorder's worklist then.
            FollowUps.raise(em, p.id(), DECISION_STEP, deadline, by.username());
            AuditTrail.record(em, by, p.customerId(), "neglect.record", kind + ", period " + p.id());
            return view(em, id);
        });
    }

    /** The period's neglects, newest first. */
    public ListPage<View> forPeriod(UUID periodId, Paging paging, PolkuUser by) {
        return unit.inTransaction(em -> {
            JobSearchPeriod p = em.find(JobSearchPeriod.class, periodId);
            if (p == null) {
                throw Refusals.notFound(Message.PERIOD_NOT_FOUND, periodId);
            }
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("SELECT id FROM " + S + ".neglect WHERE period_id = ?1 ORDER BY occurred_on DESC, recorded_at DESC "
                    + "OFFSET ?2 LIMIT ?3").setParameter(1, periodId).setParameter(2, paging.offset()).setParameter(3, paging.limit()).getResultList();
            long total = ((Number) em.createNativeQuery("SELECT count(*) FROM " + S + ".neglect WHERE period_id = ?1")
                    .setParameter(1, periodId).getSingleResult()).longValue();
            AuditTrail.record(em, by, p.customerId(), "neglect.read", "period " + periodId);
            return paging.page(total, ids.stream().map(id -> view(em, id)).toList());
        });
    }

    public View one(UUID id, PolkuUser by) {
        return unit.inTransaction(em -> {
            View v = view(em, id);
            AuditTrail.record(em, by, v.customerId(), "neglect.read", "neglect " + id);
            return v;
        });
    }

    /** The job seeker's explanation, given in the hearing. */
    public View explain(UUID id, Explanation in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.NEGLECT_BODY);
        }
        InputCheck check = new InputCheck();
        String text = check.required("explanation", in.explanation(), 4000, Message.NEGLECT_EXPLANATION_REQUIRED);
        LocalDate received = in.receivedOn() == null || in.receivedOn().isBlank() ? FinnishCalendar.today() : check.date("receivedOn", in.receivedOn());
        if (check.ok("receivedOn") && received.isAfter(FinnishCalendar.today())) {
            check.problem("receivedOn", Message.NEGLECT_IN_FUTURE, received);
        }
        check.done();
        return unit.inTransaction(em -> {
            View v = locked(em, id);
            if (!v.state().equals("hearing")) {
                throw Refusals.conflict(Message.NEGLECT_ALREADY_DECIDED);
            }
            em.createNativeQuery("UPDATE " + S + ".neglect SET explanation = ?2, explanation_received_on = ?3 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, text).setParameter(3, received).executeUpdate();
            AuditTrail.record(em, by, v.customerId(), "neglect.explanation", "neglect " + id);
            return view(em, id);
        });
    }

    /**
     * Decides: a valid reason, or a neglect without one. Not before the hearing's deadline unless
     * the explanation has been received. The consequence is computed again, as earlier neglects
     * may have been decided meanwhile.
     */
    public View decide(UUID id, Decision in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.NEGLECT_BODY);
        }
        InputCheck check = new InputCheck();
        if (in.validReason() == null) {
            check.problem("validReason", Message.NEGLECT_VALID_REASON_REQUIRED);
        }
        String reasoning = check.required("reasoning", in.reasoning(), 4000, Message.NEGLECT_REASONING_REQUIRED);
        check.done();
        return unit.inTransaction(em -> {
            View v = locked(em, id);
            if (!v.state().equals("hearing")) {
                throw Refusals.conflict(Message.NEGLECT_ALREADY_DECIDED);
            }
            if (v.explanationReceivedOn() == null && !FinnishCalendar.today().isAfter(v.hearingDeadline())) {
                throw Refusals.conflict(Message.NEGLECT_HEARING_OPEN, v.hearingDeadline());
            }
            boolean neglect = !in.validReason();
            NeglectConsequence c = consequence(em, rulesOn(v.occurredOn()), v.kind(), v.occurredOn(), v.customerId(), id);
            em.createNativeQuery("UPDATE " + S + ".neglect SET state = ?2, reasoning = ?3, decided_at = ?4, decided_by = ?5, rule_set = ?6, "
                    + "ordinal = ?7, reminder = ?8, benefit_loss_days = ?9, requirement_weeks = ?10, job_search_ends = ?11, rule = ?12, source = ?13 "
                    + "WHERE id = ?1").setParameter(1, id).setParameter(2, neglect ? "neglect" : "valid-reason").setParameter(3, reasoning)
                    .setParameter(4, Timestamp.from(Instant.now())).setParameter(5, by.username()).setParameter(6, c.ruleSet())
                    .setParameter(7, c.ordinal()).setParameter(8, c.reminder()).setParameter(9, c.benefitLossDays())
                    .setParameter(10, c.employmentRequirementWeeks()).setParameter(11, c.jobSearchEnds()).setParameter(12, c.rule())
                    .setParameter(13, c.source().toString()).executeUpdate();
            em.createNativeQuery("UPDATE " + S + ".task SET state = 'done', done_at = now(), done_by = ?2 WHERE period_id = ?1 AND step = ?3 "
                    + "AND state = 'open'").setParameter(1, v.periodId()).setParameter(2, by.username()).setParameter(3, DECISION_STEP).executeUpdate();
            // Another neglect of the period still in its hearing keeps a decision task on the worklist.
            List<?> waiting = em.createNativeQuery("SELECT min(hearing_deadline) FROM " + S + ".neglect WHERE period_id = ?1 AND state = 'hearing' "
                    + "AND id <> ?2").setParameter(1, v.periodId()).setParameter(2, id).getResultList();
            if (!waiting.isEmpty() && waiting.get(0) != null) {
                FollowUps.raise(em, v.periodId(), DECISION_STEP, Columns.day(waiting.get(0)), v.recordedBy());
            }
            if (neglect && c.jobSearchEnds()) {
                JobSearchPeriod p = em.find(JobSearchPeriod.class, v.periodId(), LockModeType.PESSIMISTIC_WRITE);
                if (p.isOpen()) {
                    PeriodEnding.end(em, p, v.occurredOn(), "neglect");
                    AuditTrail.record(em, by, v.customerId(), "period.end", "period " + p.id() + ", neglect " + id);
                }
            }
            AuditTrail.record(em, by, v.customerId(), "neglect.decide", (neglect ? "neglect" : "valid reason") + ", neglect " + id);
            return view(em, id);
        });
    }

    /** Records that the statement was sent to Kela or to the unemployment fund (named). */
    public View sent(UUID id, Sending in, PolkuUser by) {
        if (in == null) {
            throw Refusals.invalid(Message.NEGLECT_BODY);
        }
        InputCheck check = new InputCheck();
        String recipient = check.oneOf("recipient", in.recipient(), RECIPIENTS);
        String fund = check.text("fund", in.fund(), 200);
        if ("fund".equals(recipient) && fund == null) {
            check.problem("fund", Message.NEGLECT_FUND_REQUIRED);
        }
        check.done();
        return unit.inTransaction(em -> {
            View v = locked(em, id);
            if (v.state().equals("hearing")) {
                throw Refusals.conflict(Message.NEGLECT_NOT_DECIDED);
            }
            if (v.statement() != null) {
                throw Refusals.conflict(Message.NEGLECT_STATEMENT_SENT, v.statement().sentAt().atZone(FinnishCalendar.ZONE).toLocalDate());
            }
            em.createNativeQuery("UPDATE " + S + ".neglect SET statement_recipient = ?2, statement_fund = CAST(?3 AS varchar), "
                    + "statement_sent_at = ?4, statement_sent_by = ?5 WHERE id = ?1").setParameter(1, id).setParameter(2, recipient)
                    .setParameter(3, "fund".equals(recipient) ? fund : null).setParameter(4, Timestamp.from(Instant.now()))
                    .setParameter(5, by.username()).executeUpdate();
            AuditTrail.record(em, by, v.customerId(), "neglect.statement-sent", recipient + ", neglect " + id);
            return view(em, id);
        });
    }

    // ---- helpers -------------------------------------------------------------------------

    private RuleSet rulesOn(LocalDate day) {
        return ruleSets.inForceOn(day).orElseThrow(() -> Refusals.invalid("occurredOn", Message.NEGLECT_NO_RULES, day));
    }

    /** The consequence by the rules in force on the day, counting the customer's other neglects decided as such. */
    private static NeglectConsequence consequence(EntityManager em, RuleSet rules, String kind, LocalDate day, UUID customerId, UUID except) {
        @SuppressWarnings("unchecked")
        List<Object> earlier = em.createNativeQuery("SELECT occurred_on FROM " + S + ".neglect WHERE customer_id = ?1 AND state = 'neglect' "
                + "AND occurred_on < ?2 AND id <> ?3").setParameter(1, customerId).setParameter(2, day)
                .setParameter(3, except == null ? new UUID(0, 0) : except).getResultList();
        return rules.neglect(kind, day, earlier.stream().map(Columns::day).toList())
                .orElseThrow(() -> Refusals.conflict(Message.NEGLECT_KIND_NOT_IN_RULES, kind, rules.id()));
    }

    private static JobSearchPeriod period(EntityManager em, UUID id) {
        JobSearchPeriod p = em.find(JobSearchPeriod.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw Refusals.notFound(Message.PERIOD_NOT_FOUND, id);
        }
        return p;
    }

    private static View locked(EntityManager em, UUID id) {
        List<?> found = em.createNativeQuery("SELECT id FROM " + S + ".neglect WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw Refusals.notFound(Message.NEGLECT_NOT_FOUND, id);
        }
        return view(em, id);
    }

    public static View view(EntityManager em, UUID id) {
        List<?> rows = em.createNativeQuery("SELECT id, period_id, customer_id, kind, occurred_on, description, recorded_at, recorded_by, "
                + "hearing_deadline, explanation, explanation_received_on, state, ordinal, reminder, benefit_loss_days, requirement_weeks, "
                + "job_search_ends, rule_set, rule, source, reasoning, decided_at, decided_by, statement_recipient, statement_fund, "
                + "statement_sent_at, statement_sent_by FROM " + S + ".neglect WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw Refusals.notFound(Message.NEGLECT_NOT_FOUND, id);
        }
        Object[] r = (Object[]) rows.get(0);
        Consequence c = new Consequence(((Number) r[12]).intValue(), Columns.bool(r[13]), ((Number) r[14]).intValue(), ((Number) r[15]).intValue(),
                Columns.bool(r[16]), (String) r[17], (String) r[18], (String) r[19]);
        Statement st = r[25] == null ? null : new Statement((String) r[23], (String) r[24], Columns.instant(r[25]), (String) r[26]);
        return new View((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], Columns.day(r[4]), (String) r[5], Columns.instant(r[6]),
                (String) r[7], Columns.day(r[8]), (String) r[9], Columns.day(r[10]), (String) r[11], c, (String) r[20], Columns.instant(r[21]),
                (String) r[22], st);
    }
}
