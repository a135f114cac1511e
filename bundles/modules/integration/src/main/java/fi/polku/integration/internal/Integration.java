package fi.polku.integration.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Initial assessments and integration plans in the module's own schema {@code integration}. The
 * assessment takes the customer in (the core's referral accepted); the first plan starts the
 * service. A plan is drawn up only for a customer the core says is entitled to one, and runs no
 * longer than the rules in force allow.
 */
@Component(service = Integration.class)
public final class Integration {
    static final Set<String> LANGUAGES = Set.of("fi", "sv");
    static final List<String> SKILLS = List.of("listening", "speaking", "reading", "writing");
    static final Set<String> LEVELS = Set.of("pre-A1", "A1", "A2", "B1", "B2", "C1", "C2");
    static final List<String> LITERACY = List.of("literate", "partly", "not-literate");
    private static final Set<String> OPEN = Set.of("referred", "accepted", "started");

    /** {@code skills}: "fi.listening" → "A1" ...; the skills not assessed are left out. */
    public record NewAssessment(String referralId, String assessedOn, String education, String workHistory, String literacy, String goals,
            Boolean planNeeded, String summary, Map<String, String> skills) {}

    public record NewPlan(String referralId, String drawnOn, String validUntil, String goals, String languageStudies,
            Boolean integrationTraining, String otherServices) {}

    public record AssessmentView(UUID id, LocalDate assessedOn, String education, String workHistory, String literacy, String goals,
            boolean planNeeded, String summary, Map<String, String> skills, String responsible) {}

    public record PlanView(UUID id, int version, LocalDate drawnOn, LocalDate validUntil, String goals, String languageStudies,
            boolean integrationTraining, String otherServices, String responsible) {}

    /** What is owed next: the assessment (its deadline is the core's task), the plan, or a new plan before this one ends. */
    public record Next(String step, LocalDate due, boolean overdue) {}

    public record CaseView(UUID referralId, String municipalityCode, String state, LocalDate referredOn, Next next,
            List<AssessmentView> assessments, List<PlanView> plans) {}

    private final PersistenceUnit unit;
    private final ModuleReferrals referrals;
    private final IntegrationRules rules;
    private final Messages messages;

    @Activate
    public Integration(@Reference PersistenceUnits units, @Reference ModuleReferrals referrals, @Reference IntegrationRules rules,
            @Reference Messages messages) {
        this.unit = units.open(UnitDefinition.of("integration"));
        this.referrals = referrals;
        this.rules = rules;
        this.messages = messages;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    public void referralChanged(ReferralEvent e) {
        unit.run(em -> em.createNativeQuery("INSERT INTO integration.referral (id, module_id, municipality_code, state, referred_on, "
                + "last_sequence, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, "
                + "last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at "
                + "WHERE integration.referral.last_sequence < EXCLUDED.last_sequence")
                .setParameter(1, e.referralId()).setParameter(2, e.moduleId()).setParameter(3, e.municipalityCode()).setParameter(4, e.state())
                .setParameter(5, e.at().atZone(FinnishCalendar.ZONE).toLocalDate()).setParameter(6, e.sequence())
                .setParameter(7, Timestamp.from(e.at())).executeUpdate());
    }

    AssessmentView assess(NewAssessment in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("assessedOn", in.assessedOn());
        String education = check.text("education", in.education(), 2000, true);
        String work = check.text("workHistory", in.workHistory(), 2000, true);
        String literacy = check.oneOf("literacy", in.literacy(), LITERACY);
        String goals = check.text("goals", in.goals(), 2000, true);
        String summary = check.text("summary", in.summary(), 4000, true);
        Map<String, String> skills = in.skills() == null ? Map.of() : in.skills();
        skills.forEach((key, level) -> {
            String[] parts = key.split("\\.");
            if (parts.length != 2 || !LANGUAGES.contains(parts[0]) || !SKILLS.contains(parts[1])) {
                check.fail("skills." + key, "assessment.skill");
            } else if (level != null && !level.isBlank() && !LEVELS.contains(level)) {
                check.fail("skills." + key, "assessment.level");
            }
        });
        check.done();
        UUID id = UUID.randomUUID();
        String state = unit.inTransaction(em -> {
            Object[] k = openReferral(em, referral);
            if (on.isBefore(Columns.day(k[1]))) {
                throw Problem.invalid().field("assessedOn", messages.texts("input.before-referral", Columns.day(k[1]))).build();
            }
            em.createNativeQuery("INSERT INTO integration.assessment (id, referral_id, assessed_on, education, work_history, literacy, goals, "
                    + "plan_needed, summary, responsible, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                    .setParameter(1, id).setParameter(2, referral).setParameter(3, on).setParameter(4, education).setParameter(5, work)
                    .setParameter(6, literacy).setParameter(7, goals).setParameter(8, Boolean.TRUE.equals(in.planNeeded()))
                    .setParameter(9, summary).setParameter(10, by.username()).setParameter(11, by.username())
                    .setParameter(12, Timestamp.from(Instant.now())).executeUpdate();
            skills.forEach((key, level) -> {
                if (level != null && !level.isBlank()) {
                    String[] parts = key.split("\\.");
                    em.createNativeQuery("INSERT INTO integration.language_skill (assessment_id, language, skill, level) VALUES (?1, ?2, ?3, ?4)")
                            .setParameter(1, id).setParameter(2, parts[0]).setParameter(3, parts[1]).setParameter(4, level).executeUpdate();
                }
            });
            return (String) k[0];
        });
        if (state.equals("referred")) {
            move(referral, "accepted", by);
        }
        return unit.inTransaction(em -> assessments(em, referral)).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    PlanView plan(NewPlan in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("drawnOn", in.drawnOn());
        LocalDate until = check.day("validUntil", in.validUntil());
        String goals = check.text("goals", in.goals(), 4000, true);
        String studies = check.text("languageStudies", in.languageStudies(), 2000, true);
        String other = check.text("otherServices", in.otherServices(), 2000, false);
        check.done();
        if (!until.isAfter(on)) {
            throw Problem.invalid().field("validUntil", messages.texts("plan.until-after", on)).build();
        }
        // The entitlement is the core's: it says whether the job search carries the integration-plan flag on the plan's day.
        ReferralSubject subject = referrals.subject(referral, on, by, "integration plan entitlement")
                .orElseThrow(() -> Problem.of(404, "no-referral", messages.texts("referral.none")));
        if (!subject.integrationPlan()) {
            throw Problem.of(409, "not-entitled", messages.texts("plan.not-entitled"));
        }
        PlanView plan = unit.inTransaction(em -> {
            openReferral(em, referral);
            List<AssessmentView> a = assessments(em, referral);
            if (a.isEmpty() || !a.get(0).planNeeded()) {
                throw Problem.of(409, "no-assessed-need", messages.texts("plan.needs-assessment"));
            }
            if (on.isBefore(a.get(0).assessedOn())) {
                throw Problem.invalid().field("drawnOn", messages.texts("plan.before-assessment", a.get(0).assessedOn())).build();
            }
            List<PlanView> earlier = plans(em, referral);
            LocalDate first = earlier.isEmpty() ? on : earlier.get(earlier.size() - 1).drawnOn();
            checkDuration(on, until, first);
            int version = earlier.isEmpty() ? 1 : earlier.get(0).version() + 1;
            UUID id = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO integration.plan (id, referral_id, version, drawn_on, valid_until, goals, language_studies, "
                    + "integration_training, other_services, responsible, recorded_by, recorded_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)").setParameter(1, id).setParameter(2, referral)
                    .setParameter(3, version).setParameter(4, on).setParameter(5, until).setParameter(6, goals).setParameter(7, studies)
                    .setParameter(8, Boolean.TRUE.equals(in.integrationTraining())).setParameter(9, other).setParameter(10, by.username())
                    .setParameter(11, by.username()).setParameter(12, Timestamp.from(Instant.now())).executeUpdate();
            return new PlanView(id, version, on, until, goals, studies, Boolean.TRUE.equals(in.integrationTraining()), other, by.username());
        });
        if (plan.version() == 1) {
            move(referral, "started", by);
        }
        return plan;
    }

    /** One plan no longer than the rule in force on its day; all of a person's plans within the total from the first. */
    private void checkDuration(LocalDate on, LocalDate until, LocalDate first) {
        IntegrationRules.Limits now = rules.on(on).orElseThrow(() -> Problem.of(409, "no-rules", messages.texts("rule.none", on)));
        LocalDate latest = FinnishCalendar.plusMonthsLimit(on, now.planMaxMonths().value());
        if (until.isAfter(latest)) {
            throw Problem.invalid().field("validUntil", limit("plan.too-long", now.planMaxMonths(), latest)).build();
        }
        IntegrationRules.Limits atFirst = rules.on(first).orElse(now);
        LocalDate end = FinnishCalendar.plusMonthsLimit(first, atFirst.planTotalMaxMonths().value());
        if (until.isAfter(end)) {
            throw Problem.invalid().field("validUntil", limit("plan.total-too-long", atFirst.planTotalMaxMonths(), end)).build();
        }
    }

    private Map<String, String> limit(String key, IntegrationRules.Limit l, LocalDate latest) {
        return messages.texts(l.verified() ? key : key + ".unverified", l.value(), latest, l.acts());
    }

    List<CaseView> cases(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = FinnishCalendar.today();
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, municipality_code, state, referred_on FROM integration.referral "
                    + "WHERE id = ANY(?1) ORDER BY referred_on DESC").setParameter(1, ids.toArray(new UUID[0])).getResultList();
            return rows.stream().map(r -> {
                UUID id = (UUID) r[0];
                List<AssessmentView> a = assessments(em, id);
                List<PlanView> p = plans(em, id);
                return new CaseView(id, (String) r[1], (String) r[2], Columns.day(r[3]), OPEN.contains((String) r[2]) ? next(a, p, today) : null, a, p);
            }).toList();
        });
    }

    /** The open referrals with what is owed next, the most urgent first (a missing assessment first of all). */
    List<CaseView> queue(int limit) {
        List<UUID> open = unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("SELECT id FROM integration.referral WHERE state IN ('referred', 'accepted', 'started') "
                    + "ORDER BY referred_on").getResultList();
            return ids;
        });
        Comparator<CaseView> urgent = Comparator.comparing(c -> c.next() == null ? LocalDate.MAX : c.next().due() == null ? LocalDate.MIN : c.next().due());
        return cases(open).stream().sorted(urgent).limit(limit).toList();
    }

    private Next next(List<AssessmentView> a, List<PlanView> p, LocalDate today) {
        if (a.isEmpty()) {
            return new Next("assessment", null, false);
        }
        AssessmentView latest = a.get(0);
        if (!latest.planNeeded()) {
            return null;
        }
        if (p.isEmpty() || p.get(0).drawnOn().isBefore(latest.assessedOn())) {
            return rules.on(latest.assessedOn()).map(r -> {
                LocalDate due = FinnishCalendar.onOrNextBusinessDay(latest.assessedOn().plusDays(r.planWithinDays().value()));
                return new Next("plan", due, due.isBefore(today));
            }).orElse(null);
        }
        return new Next("plan-ends", p.get(0).validUntil(), p.get(0).validUntil().isBefore(today));
    }

    private void move(UUID referral, String state, PolkuUser by) {
        try {
            referrals.move(referral, state, null, by);
        } catch (Problem moved) {
            // Moved on meanwhile by someone else: the record stands, the state is theirs.
            if (moved.status() != 409) {
                throw moved;
            }
        }
    }

    private Object[] openReferral(EntityManager em, UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT state, referred_on FROM integration.referral WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (r == null) {
            throw Problem.of(404, "no-referral", messages.texts("referral.none"));
        }
        if (!OPEN.contains((String) r[0])) {
            throw Problem.of(409, "referral-not-open", messages.texts("referral.not-open", messages.texts("state." + r[0])));
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<AssessmentView> assessments(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.assessed_on, a.education, a.work_history, a.literacy, a.goals, a.plan_needed, "
                + "a.summary, a.responsible, coalesce(string_agg(s.language || '.' || s.skill || '=' || s.level, ',' ORDER BY s.language, s.skill), '') "
                + "FROM integration.assessment a LEFT JOIN integration.language_skill s ON s.assessment_id = a.id WHERE a.referral_id = ?1 "
                + "GROUP BY a.id ORDER BY a.assessed_on DESC, a.recorded_at DESC").setParameter(1, referral).getResultList();
        return rows.stream().map(r -> {
            Map<String, String> skills = new java.util.TreeMap<>();
            for (String pair : ((String) r[9]).split(",")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=");
                    skills.put(kv[0], kv[1]);
                }
            }
            return new AssessmentView((UUID) r[0], Columns.day(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], Columns.bool(r[6]),
                    (String) r[7], skills, (String) r[8]);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<PlanView> plans(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, version, drawn_on, valid_until, goals, language_studies, integration_training, "
                + "other_services, responsible FROM integration.plan WHERE referral_id = ?1 ORDER BY version DESC").setParameter(1, referral)
                .getResultList();
        return rows.stream().map(r -> new PlanView((UUID) r[0], Columns.integer(r[1]), Columns.day(r[2]), Columns.day(r[3]), (String) r[4], (String) r[5],
                Columns.bool(r[6]), (String) r[7], (String) r[8])).toList();
    }
}
