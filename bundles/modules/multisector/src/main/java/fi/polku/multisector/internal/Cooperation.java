package fi.polku.multisector.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The co-operation's records in its own schema {@code multisector}: consents, joint assessments,
 * joint plans and follow-ups of the customers referred to it. A need found by the assessment takes
 * the customer in (the core's referral accepted), the first plan starts the service; an assessment
 * that finds no need declines a referral not yet taken in, with the assessment's summary as the note.
 */
@Component(service = Cooperation.class)
public final class Cooperation {
    static final List<String> SCOPES = List.of("assessment", "plan");
    static final List<String> OUTCOMES = List.of("multisectoral", "other-services");
    private static final String OPEN = "('referred', 'accepted', 'started')";

    public record NewConsent(String referralId, String authority, String scope, String givenOn) {}

    public record NewAssessment(String referralId, String assessedOn, Boolean workCapacity, Boolean functionalCapacity,
            Boolean lifeManagement, Boolean wellbeingTookPart, Boolean kelaTookPart, String outcome, String summary) {}

    public record NewPlan(String referralId, String agreedOn, String goals, String employmentServices, String wellbeingServices,
            String kelaServices, String nextReview) {}

    public record NewFollowUp(String referralId, String heldOn, String progress, String nextReview) {}

    public record ConsentView(UUID id, String authority, String scope, LocalDate givenOn, String recordedBy, Instant withdrawnAt,
            String withdrawnBy) {}

    public record AssessmentView(UUID id, LocalDate assessedOn, boolean workCapacity, boolean functionalCapacity, boolean lifeManagement,
            boolean wellbeingTookPart, boolean kelaTookPart, String outcome, String summary, String recordedBy) {}

    public record PlanView(UUID id, int version, LocalDate agreedOn, String goals, String employmentServices, String wellbeingServices,
            String kelaServices, LocalDate nextReview, String recordedBy) {}

    public record FollowUpView(UUID id, LocalDate heldOn, String authority, String progress, LocalDate nextReview, String recordedBy) {}

    /** Everything on one referral, newest first; {@code next} is what is owed next. */
    public record CaseView(UUID referralId, String moduleId, String municipalityCode, String state, LocalDate referredOn, NextStep next, List<ConsentView> consents,
            List<AssessmentView> assessments, List<PlanView> plans, List<FollowUpView> followUps) {}

    record Known(UUID id, String moduleId, String state, LocalDate referredOn) {}

    private final PersistenceUnit unit;
    private final ModuleReferrals referrals;
    private final MultisectorRules rules;
    private final Messages messages;

    @Activate
    public Cooperation(@Reference PersistenceUnits units, @Reference ModuleReferrals referrals, @Reference MultisectorRules rules,
            @Reference Messages messages) {
        this.unit = units.open(UnitDefinition.of("multisector"));
        this.referrals = referrals;
        this.rules = rules;
        this.messages = messages;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    public void referralChanged(ReferralEvent e) {
        unit.run(em -> em.createNativeQuery("INSERT INTO multisector.referral (id, module_id, municipality_code, state, referred_on, "
                + "last_sequence, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, "
                + "last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at "
                + "WHERE multisector.referral.last_sequence < EXCLUDED.last_sequence")
                .setParameter(1, e.referralId()).setParameter(2, e.moduleId()).setParameter(3, e.municipalityCode()).setParameter(4, e.state())
                .setParameter(5, e.at().atZone(FinnishCalendar.ZONE).toLocalDate()).setParameter(6, e.sequence())
                .setParameter(7, Timestamp.from(e.at())).executeUpdate());
    }

    ConsentView giveConsent(NewConsent in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        String authority = check.oneOf("authority", in.authority(), Authorities.OTHERS);
        String scope = check.oneOf("scope", in.scope(), SCOPES);
        LocalDate givenOn = check.pastDay("givenOn", in.givenOn());
        check.done();
        UUID id = UUID.randomUUID();
        unit.run(em -> {
            openReferral(em, referral);
            Number inForce = (Number) em.createNativeQuery("SELECT count(*) FROM multisector.consent WHERE referral_id = ?1 AND authority = ?2 "
                    + "AND scope = ?3 AND withdrawn_at IS NULL").setParameter(1, referral).setParameter(2, authority).setParameter(3, scope)
                    .getSingleResult();
            if (inForce.intValue() > 0) {
                throw Problem.of(409, "consent-in-force", messages.texts("consent.in-force"));
            }
            em.createNativeQuery("INSERT INTO multisector.consent (id, referral_id, authority, scope, given_on, recorded_by, recorded_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, id).setParameter(2, referral).setParameter(3, authority)
                    .setParameter(4, scope).setParameter(5, givenOn).setParameter(6, by.username()).setParameter(7, Timestamp.from(Instant.now()))
                    .executeUpdate();
        });
        return new ConsentView(id, authority, scope, givenOn, by.username(), null, null);
    }

    /** Withdraws a consent at once: the next read by the other authority no longer sees what it allowed. */
    UUID withdrawConsent(String consentId, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID id = check.id("consentId", consentId);
        check.done();
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object> referral = em.createNativeQuery("UPDATE multisector.consent SET withdrawn_at = ?2, withdrawn_by = ?3 "
                    + "WHERE id = ?1 AND withdrawn_at IS NULL RETURNING referral_id").setParameter(1, id)
                    .setParameter(2, Timestamp.from(Instant.now())).setParameter(3, by.username()).getResultList();
            if (referral.isEmpty()) {
                throw Problem.of(404, "no-consent", messages.texts("consent.none"));
            }
            return (UUID) referral.get(0);
        });
    }

    AssessmentView assess(NewAssessment in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("assessedOn", in.assessedOn());
        String outcome = check.oneOf("outcome", in.outcome(), OUTCOMES);
        String summary = check.text("summary", in.summary(), 4000, true);
        boolean work = Boolean.TRUE.equals(in.workCapacity());
        boolean functional = Boolean.TRUE.equals(in.functionalCapacity());
        boolean life = Boolean.TRUE.equals(in.lifeManagement());
        if ("multisectoral".equals(outcome) && !work && !functional && !life) {
            // Act 381/2023: the need rests on limits of work or functional capacity or on problems of life management.
            check.fail("outcome", "assessment.criteria");
        }
        check.done();
        UUID id = UUID.randomUUID();
        Known known = unit.inTransaction(em -> {
            Known k = openReferral(em, referral);
            if (on.isBefore(k.referredOn())) {
                throw Problem.invalid().field("assessedOn", messages.texts("input.before-referral", k.referredOn())).build();
            }
            em.createNativeQuery("INSERT INTO multisector.assessment (id, referral_id, assessed_on, work_capacity, functional_capacity, "
                    + "life_management, wellbeing_took_part, kela_took_part, outcome, summary, recorded_by, recorded_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)").setParameter(1, id).setParameter(2, referral)
                    .setParameter(3, on).setParameter(4, work).setParameter(5, functional).setParameter(6, life)
                    .setParameter(7, Boolean.TRUE.equals(in.wellbeingTookPart())).setParameter(8, Boolean.TRUE.equals(in.kelaTookPart()))
                    .setParameter(9, outcome).setParameter(10, summary).setParameter(11, by.username())
                    .setParameter(12, Timestamp.from(Instant.now())).executeUpdate();
            return k;
        });
        if (known.state().equals("referred")) {
            move(referral, outcome.equals("multisectoral") ? "accepted" : "declined", outcome.equals("multisectoral") ? null : summary, by);
        }
        return new AssessmentView(id, on, work, functional, life, Boolean.TRUE.equals(in.wellbeingTookPart()),
                Boolean.TRUE.equals(in.kelaTookPart()), outcome, summary, by.username());
    }

    PlanView plan(NewPlan in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("agreedOn", in.agreedOn());
        String goals = check.text("goals", in.goals(), 4000, true);
        String employment = check.text("employmentServices", in.employmentServices(), 2000, true);
        String wellbeing = check.text("wellbeingServices", in.wellbeingServices(), 2000, false);
        String kela = check.text("kelaServices", in.kelaServices(), 2000, false);
        LocalDate review = check.day("nextReview", in.nextReview());
        check.done();
        reviewWithinInterval("nextReview", on, review);
        PlanView plan = unit.inTransaction(em -> {
            Known k = openReferral(em, referral);
            Object[] latest = latestAssessment(em, referral);
            if (latest == null || !"multisectoral".equals(latest[1])) {
                throw Problem.of(409, "no-assessed-need", messages.texts("plan.needs-assessment"));
            }
            if (on.isBefore(Columns.day(latest[0]))) {
                throw Problem.invalid().field("agreedOn", messages.texts("plan.before-assessment", Columns.day(latest[0]))).build();
            }
            int version = ((Number) em.createNativeQuery("SELECT coalesce(max(version), 0) + 1 FROM multisector.plan WHERE referral_id = ?1")
                    .setParameter(1, referral).getSingleResult()).intValue();
            UUID id = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO multisector.plan (id, referral_id, version, agreed_on, goals, employment_services, "
                    + "wellbeing_services, kela_services, next_review, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                    .setParameter(1, id).setParameter(2, referral).setParameter(3, version).setParameter(4, on).setParameter(5, goals)
                    .setParameter(6, employment).setParameter(7, wellbeing).setParameter(8, kela).setParameter(9, review)
                    .setParameter(10, by.username()).setParameter(11, Timestamp.from(Instant.now())).executeUpdate();
            return new PlanView(id, version, on, goals, employment, wellbeing, kela, review, by.username());
        });
        if (plan.version() == 1) {
            move(referral, "started", null, by);
        }
        return plan;
    }

    /** A follow-up of the plan, by the area's staff or by a consented authority's worker ({@code authority}). */
    FollowUpView followUp(NewFollowUp in, String authority, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("heldOn", in.heldOn());
        String progress = check.text("progress", in.progress(), 4000, true);
        LocalDate review = in.nextReview() == null || in.nextReview().isBlank() ? null : check.day("nextReview", in.nextReview());
        check.done();
        if (review != null) {
            reviewWithinInterval("nextReview", on, review);
        }
        UUID id = UUID.randomUUID();
        LocalDate next = unit.inTransaction(em -> {
            openReferral(em, referral);
            Object agreed = em.createNativeQuery("SELECT min(agreed_on) FROM multisector.plan WHERE referral_id = ?1").setParameter(1, referral)
                    .getSingleResult();
            if (agreed == null) {
                throw Problem.of(409, "no-plan", messages.texts("follow-up.needs-plan"));
            }
            LocalDate nextReview = review != null ? review : rules.on(on).map(r -> FinnishCalendar.plusMonthsLimit(on, r.review().months())).orElse(null);
            em.createNativeQuery("INSERT INTO multisector.follow_up (id, referral_id, held_on, authority, progress, next_review, recorded_by, "
                    + "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, id).setParameter(2, referral).setParameter(3, on)
                    .setParameter(4, authority).setParameter(5, progress).setParameter(6, nextReview).setParameter(7, by.username())
                    .setParameter(8, Timestamp.from(Instant.now())).executeUpdate();
            return nextReview;
        });
        return new FollowUpView(id, on, authority, progress, next, by.username());
    }

    /** The records of the referrals named that this module knows, with what is owed next. */
    List<CaseView> cases(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = FinnishCalendar.today();
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, module_id, state, referred_on, municipality_code FROM multisector.referral WHERE id = ANY(?1) "
                    + "ORDER BY referred_on DESC").setParameter(1, ids.toArray(new UUID[0])).getResultList();
            return rows.stream().map(r -> {
                UUID id = (UUID) r[0];
                List<AssessmentView> a = assessments(em, id);
                List<PlanView> p = plans(em, id);
                List<FollowUpView> f = followUps(em, id);
                NextStep next = Set.of("referred", "accepted", "started").contains((String) r[2])
                        ? NextStep.of(facts(Columns.day(r[3]), a, p, f), rules::on, today).orElse(null) : null;
                return new CaseView(id, (String) r[1], (String) r[4], (String) r[2], Columns.day(r[3]), next, consents(em, id), a, p, f);
            }).toList();
        });
    }

    /** One referral's records, whatever its state; empty when the module does not know it. */
    Optional<CaseView> caseOf(UUID id) {
        return cases(List.of(id)).stream().findFirst();
    }

    /** The open referrals with what is owed next, the most urgent first (at most {@code limit}). */
    List<CaseView> queue(int limit) {
        List<UUID> open = unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("SELECT id FROM multisector.referral WHERE state IN " + OPEN + " ORDER BY referred_on")
                    .getResultList();
            return ids;
        });
        java.util.Comparator<CaseView> urgent = java.util.Comparator.comparing(c -> c.next() == null ? LocalDate.MAX : c.next().due());
        return cases(open).stream().sorted(urgent).limit(limit).toList();
    }

    /** The open referrals whose consents in force name {@code authority}, with the scopes allowed. */
    Map<UUID, Set<String>> consented(String authority) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT c.referral_id, c.scope FROM multisector.consent c JOIN multisector.referral r "
                    + "ON r.id = c.referral_id WHERE c.authority = ?1 AND c.withdrawn_at IS NULL AND r.state IN " + OPEN)
                    .setParameter(1, authority).getResultList();
            Map<UUID, Set<String>> m = new HashMap<>();
            rows.forEach(r -> m.computeIfAbsent((UUID) r[0], k -> new HashSet<>()).add((String) r[1]));
            return m;
        });
    }

    private void reviewWithinInterval(String field, LocalDate from, LocalDate review) {
        if (review.isBefore(from)) {
            throw Problem.invalid().field(field, messages.texts("review.before", from)).build();
        }
        MultisectorRules.Deadline d = rules.on(from).map(MultisectorRules.Deadlines::review)
                .orElseThrow(() -> Problem.of(409, "no-rules", messages.texts("rule.none", from)));
        LocalDate latest = FinnishCalendar.plusMonthsLimit(from, d.months());
        if (review.isAfter(latest)) {
            throw Problem.invalid().field(field, messages.texts(d.verified() ? "review.too-late" : "review.too-late.unverified", d.months(),
                    latest, d.acts())).build();
        }
    }

    private void move(UUID referral, String state, String note, PolkuUser by) {
        try {
            referrals.move(referral, state, note, by);
        } catch (Problem moved) {
            // The referral moved on meanwhile (a caseworker interrupted it): the record stands, the state is theirs.
            if (moved.status() != 409) {
                throw moved;
            }
        }
    }

    private Known openReferral(EntityManager em, UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT id, module_id, state, referred_on FROM multisector.referral WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (r == null) {
            throw Problem.of(404, "no-referral", messages.texts("referral.none"));
        }
        if (!Set.of("referred", "accepted", "started").contains((String) r[2])) {
            throw Problem.of(409, "referral-not-open", messages.texts("referral.not-open", messages.texts("state." + r[2])));
        }
        return new Known((UUID) r[0], (String) r[1], (String) r[2], Columns.day(r[3]));
    }

    private static Object[] latestAssessment(EntityManager em, UUID referral) {
        return (Object[]) em.createNativeQuery("SELECT assessed_on, outcome FROM multisector.assessment WHERE referral_id = ?1 "
                + "ORDER BY assessed_on DESC, recorded_at DESC LIMIT 1").setParameter(1, referral).getResultStream().findFirst().orElse(null);
    }

    private static NextStep.Facts facts(LocalDate referredOn, List<AssessmentView> a, List<PlanView> p, List<FollowUpView> f) {
        AssessmentView la = a.isEmpty() ? null : a.get(0);
        PlanView lp = p.isEmpty() ? null : p.get(0);
        FollowUpView lf = f.isEmpty() ? null : f.get(0);
        return new NextStep.Facts(referredOn, la == null ? null : la.assessedOn(), la == null ? null : la.outcome(),
                lp == null ? null : lp.agreedOn(), lp == null ? null : lp.nextReview(), lf == null ? null : lf.heldOn(),
                lf == null ? null : lf.nextReview());
    }

    @SuppressWarnings("unchecked")
    private static List<ConsentView> consents(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, authority, scope, given_on, recorded_by, withdrawn_at, withdrawn_by "
                + "FROM multisector.consent WHERE referral_id = ?1 ORDER BY recorded_at DESC").setParameter(1, referral).getResultList();
        return rows.stream().map(r -> new ConsentView((UUID) r[0], (String) r[1], (String) r[2], Columns.day(r[3]), (String) r[4],
                Columns.instant(r[5]), (String) r[6])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<AssessmentView> assessments(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, assessed_on, work_capacity, functional_capacity, life_management, "
                + "wellbeing_took_part, kela_took_part, outcome, summary, recorded_by FROM multisector.assessment WHERE referral_id = ?1 "
                + "ORDER BY assessed_on DESC, recorded_at DESC").setParameter(1, referral).getResultList();
        return rows.stream().map(r -> new AssessmentView((UUID) r[0], Columns.day(r[1]), Columns.bool(r[2]), Columns.bool(r[3]), Columns.bool(r[4]),
                Columns.bool(r[5]), Columns.bool(r[6]), (String) r[7], (String) r[8], (String) r[9])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<PlanView> plans(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, version, agreed_on, goals, employment_services, wellbeing_services, "
                + "kela_services, next_review, recorded_by FROM multisector.plan WHERE referral_id = ?1 ORDER BY version DESC")
                .setParameter(1, referral).getResultList();
        return rows.stream().map(r -> new PlanView((UUID) r[0], Columns.integer(r[1]), Columns.day(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], Columns.day(r[7]), (String) r[8])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<FollowUpView> followUps(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, held_on, authority, progress, next_review, recorded_by FROM multisector.follow_up "
                + "WHERE referral_id = ?1 ORDER BY held_on DESC, recorded_at DESC").setParameter(1, referral).getResultList();
        return rows.stream().map(r -> new FollowUpView((UUID) r[0], Columns.day(r[1]), (String) r[2], (String) r[3], Columns.day(r[4]),
                (String) r[5])).toList();
    }
}
