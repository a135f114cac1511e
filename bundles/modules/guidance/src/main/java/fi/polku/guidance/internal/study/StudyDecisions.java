package fi.polku.guidance.internal.study;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.guidance.internal.KnownReferrals;
import fi.polku.guidance.internal.Moves;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Self-motivated study with unemployment benefit (omaehtoinen opiskelu): the caseworker's
 * assessment of the study and the decision on supporting it, judged by the rules in force on the
 * decision's day. Support can be decided only when the rules' conditions hold and the caseworker
 * finds both that the study substantially improves the person's employment prospects and that it
 * is the most appropriate labour-policy means; a refusal can always be decided, with its reasons.
 * One decision per referral; a new application is a new referral.
 */
@Component(service = StudyDecisions.class)
public final class StudyDecisions {
    static final String TYPE = "self-motivated-study";
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final List<String> OUTCOMES = List.of("supported", "not-supported");
    /** The referral's way from referred to completed. */
    private static final List<String> PATH = List.of("referred", "accepted", "started", "completed");
    private static final String COLUMNS = "d.id, d.referral_id, d.number, d.decided_on, d.outcome, d.language, d.institution, d.qualification, "
            + "d.study_kind, d.full_time, d.study_start, d.study_end, d.improves_prospects, d.most_appropriate, d.supported_from, "
            + "d.supported_until, d.reasoning, d.rules_from, d.decided_by, d.decider_name, d.recorded_at";

    public record NewDecision(String referralId, String decidedOn, String language, String institution, String qualification, String studyKind,
            Boolean fullTime, String studyStart, String studyEnd, Boolean improvesProspects, Boolean mostAppropriate, String outcome,
            String reasoning) {}

    public record Study(String institution, String qualification, String kind, boolean fullTime, LocalDate start, LocalDate end) {}

    /** {@code supportedFrom} and {@code supportedUntil} only for a decision to support. */
    public record DecisionView(UUID id, UUID referralId, String number, LocalDate decidedOn, String outcome, String language, Study study,
            boolean improvesProspects, boolean mostAppropriate, LocalDate supportedFrom, LocalDate supportedUntil, String reasoning,
            LocalDate rulesFrom, String decidedBy, String deciderName, Instant recordedAt) {}

    public record CaseView(UUID referralId, String state, LocalDate referredOn, DecisionView decision) {}

    private final KnownReferrals known;
    private final PersistenceUnit unit;
    private final ModuleReferrals referrals;
    private final StudyRules rules;
    private final Messages messages;

    @Activate
    public StudyDecisions(@Reference KnownReferrals known, @Reference ModuleReferrals referrals, @Reference StudyRules rules,
            @Reference Messages messages) {
        this.known = known;
        this.unit = known.unit();
        this.referrals = referrals;
        this.rules = rules;
        this.messages = messages;
    }

    DecisionView decide(NewDecision in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("decidedOn", in.decidedOn());
        String language = check.oneOf("language", in.language(), LANGUAGES);
        String institution = check.text("institution", in.institution(), 200, true);
        String qualification = check.text("qualification", in.qualification(), 200, true);
        LocalDate start = check.day("studyStart", in.studyStart());
        LocalDate end = check.day("studyEnd", in.studyEnd());
        String outcome = check.oneOf("outcome", in.outcome(), OUTCOMES);
        String reasoning = check.text("reasoning", in.reasoning(), 4000, true);
        required(check, "fullTime", in.fullTime());
        required(check, "improvesProspects", in.improvesProspects());
        required(check, "mostAppropriate", in.mostAppropriate());
        if (start != null && end != null && end.isBefore(start)) {
            check.fail("studyEnd", "study.end-before-start");
        }
        StudyRules.Conditions law = on == null ? null : rules.on(on).orElse(null);
        if (on != null && law == null) {
            throw Problem.of(409, "no-rules", messages.texts("rule.none", on));
        }
        String kind = law == null ? null : check.oneOf("studyKind", in.studyKind(), law.studyKinds().value());
        check.done();
        LocalDate until = null;
        if (outcome.equals("supported")) {
            until = supportable(check, law, referral, on, kind, in, start, end, by);
        }
        Study study = new Study(institution, qualification, kind, in.fullTime(), start, end);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        LocalDate supportedUntil = until;
        String[] state = new String[1];
        String number = unit.inTransaction(em -> {
            state[0] = known.open(em, referral, TYPE).state();
            if (!em.createNativeQuery("SELECT 1 FROM guidance.study_decision WHERE referral_id = ?1").setParameter(1, referral)
                    .getResultList().isEmpty()) {
                throw Problem.of(409, "decided", messages.texts("decision.exists"));
            }
            String n = nextNumber(em, on.getYear());
            em.createNativeQuery("INSERT INTO guidance.study_decision (id, referral_id, number, decided_on, outcome, language, institution, "
                    + "qualification, study_kind, full_time, study_start, study_end, improves_prospects, most_appropriate, supported_from, "
                    + "supported_until, reasoning, rules_from, decided_by, decider_name, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                    + "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)").setParameter(1, id).setParameter(2, referral)
                    .setParameter(3, n).setParameter(4, on).setParameter(5, outcome).setParameter(6, language).setParameter(7, institution)
                    .setParameter(8, qualification).setParameter(9, kind).setParameter(10, in.fullTime()).setParameter(11, start)
                    .setParameter(12, end).setParameter(13, in.improvesProspects()).setParameter(14, in.mostAppropriate())
                    .setParameter(15, supportedUntil == null ? null : start).setParameter(16, supportedUntil).setParameter(17, reasoning)
                    .setParameter(18, law.effectiveFrom()).setParameter(19, by.username()).setParameter(20, by.displayName())
                    .setParameter(21, Timestamp.from(now)).executeUpdate();
            return n;
        });
        // The module's part ends with the decision: the referral is completed (through the states the
        // lifecycle asks for), its note the decision's number.
        for (String next : PATH.subList(Math.max(0, PATH.indexOf(state[0]) + 1), PATH.size())) {
            Moves.quietly(referrals, referral, next, next.equals("completed") ? number : null, by);
        }
        return new DecisionView(id, referral, number, on, outcome, language, study, in.improvesProspects(), in.mostAppropriate(),
                until == null ? null : start, until, reasoning, law.effectiveFrom(), by.username(), by.displayName(), now);
    }

    /**
     * The last day of support when every condition in force holds; otherwise each unmet condition
     * is refused on its field, naming the act it comes from.
     */
    private LocalDate supportable(FieldCheck check, StudyRules.Conditions law, UUID referral, LocalDate on, String kind, NewDecision in,
            LocalDate start, LocalDate end, PolkuUser by) {
        ReferralSubject subject = referrals.subject(referral, start, by, "self-motivated study decision")
                .orElseThrow(() -> Problem.of(404, "no-referral", messages.texts("referral.none")));
        if (subject.jobSearchStart().isEmpty()) {
            check.fail("referralId", "study.no-job-search");
        }
        if (subject.age() < law.minimumAge().value()) {
            check.fail("studyStart", "study.too-young", law.minimumAge().value(), law.minimumAge().source().acts());
        }
        if (law.fullTimeOnly().value() && !in.fullTime()) {
            check.fail("fullTime", "study.full-time-only", law.fullTimeOnly().source().acts());
        }
        if (law.decisionBeforeStart().value() && start.isBefore(on)) {
            check.fail("studyStart", "study.decide-before-start", law.decisionBeforeStart().source().acts());
        }
        if (!in.improvesProspects()) {
            check.fail("improvesProspects", "study.needs-finding", law.assessment().acts());
        }
        if (!in.mostAppropriate()) {
            check.fail("mostAppropriate", "study.needs-finding", law.assessment().acts());
        }
        check.done();
        LocalDate limit = start.plusMonths(law.maximumMonths().value()).minusDays(1);
        return end.isAfter(limit) ? limit : end;
    }

    private static void required(FieldCheck check, String field, Boolean value) {
        if (value == null) {
            check.fail(field, "input.required");
        }
    }

    /** The year's next decision number, "2026-17": the year's row is locked until the decision commits, so numbers never repeat. */
    private static String nextNumber(EntityManager em, int year) {
        Number n = (Number) em.createNativeQuery("INSERT INTO guidance.study_decision_year (year, last_number) VALUES (?1, 1) "
                + "ON CONFLICT (year) DO UPDATE SET last_number = guidance.study_decision_year.last_number + 1 RETURNING last_number")
                .setParameter(1, year).getSingleResult();
        return year + "-" + n.intValue();
    }

    /** The referrals named, each with its decision if made. */
    List<CaseView> cases(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, state, referred_on FROM guidance.referral WHERE id = ANY(?1) "
                    + "AND service_type = '" + TYPE + "' ORDER BY referred_on DESC").setParameter(1, ids.toArray(new UUID[0])).getResultList();
            return rows.stream().map(r -> new CaseView((UUID) r[0], (String) r[1], Columns.day(r[2]), decisionOf(em, (UUID) r[0]).orElse(null)))
                    .toList();
        });
    }

    Optional<DecisionView> decision(UUID id) {
        return unit.inTransaction(em -> one(em, "d.id = ?1", id));
    }

    /** The decisions made between two days, oldest first (at most {@code limit}). */
    @SuppressWarnings("unchecked")
    List<DecisionView> decidedBetween(LocalDate from, LocalDate to, int limit) {
        return unit.inTransaction(em -> ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM guidance.study_decision d "
                + "WHERE d.decided_on BETWEEN ?1 AND ?2 ORDER BY d.decided_on, d.recorded_at LIMIT ?3").setParameter(1, from).setParameter(2, to)
                .setParameter(3, limit).getResultList()).stream().map(StudyDecisions::view).toList());
    }

    private static Optional<DecisionView> decisionOf(EntityManager em, UUID referral) {
        return one(em, "d.referral_id = ?1", referral);
    }

    private static Optional<DecisionView> one(EntityManager em, String where, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM guidance.study_decision d WHERE " + where).setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(StudyDecisions::view);
    }

    private static DecisionView view(Object[] r) {
        return new DecisionView((UUID) r[0], (UUID) r[1], (String) r[2], Columns.day(r[3]), (String) r[4], (String) r[5],
                new Study((String) r[6], (String) r[7], (String) r[8], Columns.bool(r[9]), Columns.day(r[10]), Columns.day(r[11])), Columns.bool(r[12]),
                Columns.bool(r[13]), Columns.day(r[14]), Columns.day(r[15]), (String) r[16], Columns.day(r[17]), (String) r[18], (String) r[19],
                Columns.instant(r[20]));
    }
}
