package fi.polku.guidance.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Career and occupational guidance: the sessions, the customer's consents and the psychological
 * assessments. A psychologist records an assessment only while the customer's consent to
 * psychological methods is in force (checked in the same transaction as the write, the consent row
 * named by the assessment); its results are read by the psychologists, and by the other staff only
 * while the customer's consent to share them is in force.
 */
@Component(service = CareerGuidance.class)
public final class CareerGuidance {
    static final String TYPE = "career-guidance";
    static final List<String> MODES = List.of("face-to-face", "phone", "video", "group");
    static final List<String> SCOPES = List.of("methods", "share-results");

    public record NewSession(String referralId, String heldOn, String mode, String notes) {}

    public record NewConsent(String referralId, String scope, String givenOn) {}

    public record NewAssessment(String referralId, String conductedOn, String method, String results) {}

    public record SessionView(UUID id, LocalDate heldOn, String mode, String notes, String recordedBy) {}

    public record ConsentView(UUID id, String scope, LocalDate givenOn, String recordedBy, Instant withdrawnAt, String withdrawnBy) {}

    /** {@code results} null when the reader may not see them (the method and the day are not the results). */
    public record AssessmentView(UUID id, LocalDate conductedOn, String method, String results, String psychologist) {}

    /** {@code resultsShown}: whether this reader saw the results (a psychologist, or consent to share in force). */
    public record CaseView(UUID referralId, String state, LocalDate referredOn, List<SessionView> sessions, List<ConsentView> consents,
            List<AssessmentView> assessments, boolean resultsShown) {}

    private final KnownReferrals known;
    private final PersistenceUnit unit;
    private final ModuleReferrals referrals;
    private final GuidanceRules rules;
    private final Messages messages;

    @Activate
    public CareerGuidance(@Reference KnownReferrals known, @Reference ModuleReferrals referrals, @Reference GuidanceRules rules,
            @Reference Messages messages) {
        this.known = known;
        this.unit = known.unit();
        this.referrals = referrals;
        this.rules = rules;
        this.messages = messages;
    }

    SessionView session(NewSession in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("heldOn", in.heldOn());
        String mode = check.oneOf("mode", in.mode(), MODES);
        String notes = check.text("notes", in.notes(), 4000, true);
        check.done();
        UUID id = UUID.randomUUID();
        String state = unit.inTransaction(em -> {
            KnownReferrals.Known k = known.open(em, referral, TYPE);
            em.createNativeQuery("INSERT INTO guidance.session (id, referral_id, held_on, mode, notes, recorded_by, recorded_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, id).setParameter(2, referral).setParameter(3, on).setParameter(4, mode)
                    .setParameter(5, notes).setParameter(6, by.username()).setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
            return k.state();
        });
        if (state.equals("referred")) {
            Moves.quietly(referrals, referral, "accepted", null, by);
        }
        return new SessionView(id, on, mode, notes, by.username());
    }

    ConsentView giveConsent(NewConsent in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        String scope = check.oneOf("scope", in.scope(), SCOPES);
        LocalDate on = check.pastDay("givenOn", in.givenOn());
        check.done();
        UUID id = UUID.randomUUID();
        unit.run(em -> {
            known.open(em, referral, TYPE);
            if (inForce(em, referral, scope) != null) {
                throw Problem.of(409, "consent-in-force", messages.texts("consent.in-force"));
            }
            em.createNativeQuery("INSERT INTO guidance.consent (id, referral_id, scope, given_on, recorded_by, recorded_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, id).setParameter(2, referral).setParameter(3, scope).setParameter(4, on)
                    .setParameter(5, by.username()).setParameter(6, Timestamp.from(Instant.now())).executeUpdate();
        });
        return new ConsentView(id, scope, on, by.username(), null, null);
    }

    /** Withdraws a consent at once; answers its referral. */
    UUID withdraw(String consentId, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID id = check.id("consentId", consentId);
        check.done();
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object> r = em.createNativeQuery("UPDATE guidance.consent SET withdrawn_at = ?2, withdrawn_by = ?3 WHERE id = ?1 "
                    + "AND withdrawn_at IS NULL RETURNING referral_id").setParameter(1, id).setParameter(2, Timestamp.from(Instant.now()))
                    .setParameter(3, by.username()).getResultList();
            if (r.isEmpty()) {
                throw Problem.of(404, "no-consent", messages.texts("consent.none"));
            }
            return (UUID) r.get(0);
        });
    }

    /** A psychologist's assessment; the consent to psychological methods must be in force now. */
    AssessmentView assess(NewAssessment in, PolkuUser psychologist) {
        FieldCheck check = new FieldCheck(messages);
        UUID referral = check.id("referralId", in.referralId());
        LocalDate on = check.pastDay("conductedOn", in.conductedOn());
        String method = check.text("method", in.method(), 200, true);
        String results = check.text("results", in.results(), 4000, true);
        check.done();
        GuidanceRules.Conditions law = rules.on(on).orElseThrow(() -> Problem.of(409, "no-rules", messages.texts("rule.none", on)));
        UUID id = UUID.randomUUID();
        unit.run(em -> {
            known.open(em, referral, TYPE);
            // The consent row is locked too: a withdrawal at this moment waits for this write or wins before it.
            UUID consent = inForce(em, referral, "methods");
            if (consent == null && law.consentRequired()) {
                throw Problem.of(409, "no-consent", messages.texts(law.consent().verified() ? "assessment.needs-consent"
                        : "assessment.needs-consent.unverified", law.consent().acts()));
            }
            em.createNativeQuery("INSERT INTO guidance.psychological_assessment (id, referral_id, consent_id, conducted_on, method, results, "
                    + "psychologist, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, id).setParameter(2, referral)
                    .setParameter(3, consent).setParameter(4, on).setParameter(5, method).setParameter(6, results)
                    .setParameter(7, psychologist.username()).setParameter(8, Timestamp.from(Instant.now())).executeUpdate();
        });
        return new AssessmentView(id, on, method, results, psychologist.username());
    }

    /** The records of the referrals named; the results only for a psychologist or under a consent to share in force. */
    List<CaseView> cases(Collection<UUID> ids, boolean psychologist) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, state, referred_on FROM guidance.referral WHERE id = ANY(?1) "
                    + "AND service_type = '" + TYPE + "' ORDER BY referred_on DESC").setParameter(1, ids.toArray(new UUID[0])).getResultList();
            return rows.stream().map(r -> {
                UUID id = (UUID) r[0];
                boolean shown = psychologist || sharing(em, id);
                return new CaseView(id, (String) r[1], Columns.day(r[2]), sessions(em, id), consents(em, id), assessments(em, id, shown), shown);
            }).toList();
        });
    }

    /** Whether the consent to share the results is in force; a read, so no lock. */
    private static boolean sharing(EntityManager em, UUID referral) {
        return !em.createNativeQuery("SELECT 1 FROM guidance.consent WHERE referral_id = ?1 AND scope = 'share-results' AND withdrawn_at IS NULL")
                .setParameter(1, referral).getResultList().isEmpty();
    }

    /** The consent of {@code scope} in force, locked for the writing transaction; null when there is none. */
    private static UUID inForce(EntityManager em, UUID referral, String scope) {
        return (UUID) em.createNativeQuery("SELECT id FROM guidance.consent WHERE referral_id = ?1 AND scope = ?2 AND withdrawn_at IS NULL "
                + "FOR UPDATE").setParameter(1, referral).setParameter(2, scope).getResultStream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<SessionView> sessions(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, held_on, mode, notes, recorded_by FROM guidance.session WHERE referral_id = ?1 "
                + "ORDER BY held_on DESC, recorded_at DESC").setParameter(1, referral).getResultList();
        return rows.stream().map(r -> new SessionView((UUID) r[0], Columns.day(r[1]), (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<ConsentView> consents(EntityManager em, UUID referral) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, scope, given_on, recorded_by, withdrawn_at, withdrawn_by FROM guidance.consent "
                + "WHERE referral_id = ?1 ORDER BY recorded_at DESC").setParameter(1, referral).getResultList();
        return rows.stream().map(r -> new ConsentView((UUID) r[0], (String) r[1], Columns.day(r[2]), (String) r[3], Columns.instant(r[4]),
                (String) r[5])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<AssessmentView> assessments(EntityManager em, UUID referral, boolean shown) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, conducted_on, method, results, psychologist FROM guidance.psychological_assessment "
                + "WHERE referral_id = ?1 ORDER BY conducted_on DESC, recorded_at DESC").setParameter(1, referral).getResultList();
        return rows.stream().map(r -> new AssessmentView((UUID) r[0], Columns.day(r[1]), (String) r[2], shown ? (String) r[3] : null,
                (String) r[4])).toList();
    }
}
