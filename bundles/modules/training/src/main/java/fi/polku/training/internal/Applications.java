package fi.polku.training.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralDetails;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The way into training: a referral is applied to a course (by the caseworker, with the
 * customer's answers where the course kind needs them), the course's provider selects within the
 * seats or declines with a reason, and the person starts, completes or is interrupted. The
 * provider's decisions move the core's referral through {@link ModuleReferrals}; a move made
 * elsewhere (the core's partner page) reaches {@link #referralChanged} and is applied here once.
 *
 * <p>A seat is taken with one conditional update on the course row: never more selected than
 * seats, whatever the concurrency. 'selected' and 'started' hold a seat; leaving them gives it back
 * exactly once, because the state change and the seat change are one statement's condition.
 */
@Component(service = Applications.class)
public final class Applications {
    static final Set<String> ACTIVE_REFERRAL = Set.of("referred", "accepted", "started");
    static final Set<String> HOLDS_SEAT = Set.of("selected", "started");

    /** An application as the caseworker and the provider see it (no personal data: the provider's page adds the referral's details). */
    public record View(UUID id, UUID referralId, UUID courseId, String courseName, String state, String funding, LocalDate dismissedOn,
            Instant appliedAt, String appliedBy, Instant decidedAt, String decidedBy, String note) {}

    /** What the caseworker sends: the course and, for some kinds, the customer's answers. */
    public record NewApplication(String referralId, String courseId, Boolean refugeeBackground, String dismissedOn, String dismissalGrounds,
            Integer employmentYears, Boolean weightyReasonForLateRegistration) {}

    private final PersistenceUnit unit;
    private final Courses courses;
    private final TrainingRules rules;
    private final ModuleReferrals referrals;
    private final Messages messages;

    @Activate
    public Applications(@Reference Courses courses, @Reference TrainingRules rules, @Reference ModuleReferrals referrals,
            @Reference Messages messages) {
        this.unit = courses.unit();
        this.courses = courses;
        this.rules = rules;
        this.referrals = referrals;
        this.messages = messages;
    }

    /** Applies a referral to a course, or says why not; nothing is written on a refusal. */
    public View apply(UUID referralId, UUID courseId, NewApplication in, PolkuUser by) {
        Course course = courses.find(courseId).orElseThrow(() -> Problem.of(404, "no-course", messages.texts("no-course")));
        LocalDate today = FinnishCalendar.today();
        if (!course.openForApplications(today)) {
            throw Problem.of(409, "applications-closed", messages.texts("applications-closed", course.name(), course.applicationsOpen(),
                    course.applicationsClose()));
        }
        String funding = "area";
        LocalDate dismissedOn = null;
        if (course.kind().equals("integration")) {
            if (in.refugeeBackground() == null) {
                throw Problem.invalid().field("refugeeBackground", messages.texts("answer.refugee-background")).build();
            }
            funding = in.refugeeBackground() ? "refugee-background" : "area";
        } else if (course.kind().equals("joint-purchase")) {
            funding = "joint-purchase";
        } else if (course.kind().equals("change-security")) {
            dismissedOn = changeSecurity(referralId, in, by);
        }
        String chosenFunding = funding;
        LocalDate dismissed = dismissedOn;
        return unit.inTransaction(em -> {
            String state = referralState(em, referralId, true);
            if (!ACTIVE_REFERRAL.contains(state)) {
                throw Problem.of(409, "referral-not-active", messages.texts("referral-state", messages.texts("state." + state)));
            }
            if (!em.createNativeQuery("SELECT 1 FROM training.application WHERE referral_id = ?1 AND state IN ('applied', 'selected', 'started')")
                    .setParameter(1, referralId).getResultList().isEmpty()) {
                throw Problem.of(409, "already-applied", messages.texts("already-applied"));
            }
            UUID id = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO training.application (id, referral_id, course_id, state, funding, dismissed_on, applied_at, applied_by) "
                    + "VALUES (?1, ?2, ?3, 'applied', ?4, ?5, now(), ?6)").setParameter(1, id).setParameter(2, referralId)
                    .setParameter(3, courseId).setParameter(4, chosenFunding).setParameter(5, dismissed).setParameter(6, by.username())
                    .executeUpdate();
            return view(em, id);
        });
    }

    /** The change-security conditions, from the answers and the customer's age on the dismissal day; returns that day. */
    private LocalDate changeSecurity(UUID referralId, NewApplication in, PolkuUser by) {
        Problem.Builder missing = Problem.invalid();
        LocalDate dismissedOn = null;
        try {
            dismissedOn = LocalDate.parse(in.dismissedOn() == null ? "" : in.dismissedOn().trim());
            if (dismissedOn.isAfter(FinnishCalendar.today())) {
                missing.field("dismissedOn", messages.texts("answer.dismissed-on"));
            }
        } catch (java.time.format.DateTimeParseException e) {
            missing.field("dismissedOn", messages.texts("answer.dismissed-on"));
        }
        if (in.dismissalGrounds() == null || !Set.of("financial-production", "other").contains(in.dismissalGrounds())) {
            missing.field("dismissalGrounds", messages.texts("answer.dismissal-grounds"));
        }
        if (in.employmentYears() == null || in.employmentYears() < 0 || in.employmentYears() > 60) {
            missing.field("employmentYears", messages.texts("answer.employment-years"));
        }
        if (missing.hasFields()) {
            throw missing.build();
        }
        RuleSet set = rules.require(dismissedOn);
        ReferralSubject subject = referrals.subject(referralId, dismissedOn, by, "change-security training conditions")
                .orElseThrow(() -> Problem.of(409, "referral-not-received", messages.texts("referral-not-received")));
        List<Refusal> refusals = ChangeSecurity.refusals(set, new ChangeSecurity.Answers(dismissedOn, in.dismissalGrounds(),
                in.employmentYears(), Boolean.TRUE.equals(in.weightyReasonForLateRegistration())), subject.age(), subject.jobSearchStart());
        if (!refusals.isEmpty()) {
            // Every unmet condition, in one text per language, and each on its own in "reasons".
            List<Map<String, String>> reasons = refusals.stream().map(r -> r.texts(messages)).toList();
            Map<String, String> all = new java.util.TreeMap<>();
            reasons.forEach(r -> r.forEach((language, text) -> all.merge(language, text, (a, b) -> a + " " + b)));
            throw Problem.builder(409, "change-security-conditions").detail(all).extension("reasons", reasons).build();
        }
        return dismissedOn;
    }

    /** The provider selects the applicant: a seat is taken, then the referral is accepted in the core. */
    public View select(UUID applicationId, PolkuUser provider) {
        View v = decide(applicationId, provider, "applied", "selected", null, true);
        try {
            ReferralDetails d = referrals.details(v.referralId(), provider, "training selection").orElseThrow();
            if (d.state().equals("referred")) {
                referrals.move(v.referralId(), "accepted", null, provider);
            }
            return v;
        } catch (RuntimeException e) {
            // The core refused the move (the referral was declined meanwhile ...): the seat goes back, and the caller hears why.
            unit.run(em -> leave(em, applicationId, "selected", "applied", null, null));
            throw e instanceof Problem ? e : Problem.of(409, "referral-not-active", messages.texts("referral-not-received"));
        }
    }

    /** The provider declines an applicant, with a reason the caseworker reads; the core's referral is declined too. */
    public View decline(UUID applicationId, String reason, PolkuUser provider) {
        requireNote(reason);
        View v = view(applicationId);
        if (!v.state().equals("applied")) {
            throw illegal(v.state(), "declined");
        }
        referrals.move(v.referralId(), "declined", reason.trim(), provider);
        return unit.inTransaction(em -> {
            leave(em, applicationId, "applied", "declined", provider.username(), reason.trim());
            return view(em, applicationId);
        });
    }

    /** The person started: the core's referral is started; the seat stays taken. */
    public View start(UUID applicationId, PolkuUser provider) {
        View v = view(applicationId);
        if (!v.state().equals("selected")) {
            throw illegal(v.state(), "started");
        }
        referrals.move(v.referralId(), "started", null, provider);
        return unit.inTransaction(em -> {
            em.createNativeQuery("UPDATE training.application SET state = 'started' WHERE id = ?1 AND state = 'selected'")
                    .setParameter(1, applicationId).executeUpdate();
            return view(em, applicationId);
        });
    }

    /** Completed (the seat was used and stays counted) or interrupted (the seat goes back), with the outcome or reason. */
    public View end(UUID applicationId, String to, String note, PolkuUser provider) {
        requireNote(note);
        View v = view(applicationId);
        if (!HOLDS_SEAT.contains(v.state())) {
            throw illegal(v.state(), to);
        }
        referrals.move(v.referralId(), to, note.trim(), provider);
        return unit.inTransaction(em -> {
            if (to.equals("completed")) {
                em.createNativeQuery("UPDATE training.application SET state = 'completed', note = ?2 WHERE id = ?1 AND state IN ('selected', 'started')")
                        .setParameter(1, applicationId).setParameter(2, note.trim()).executeUpdate();
            } else {
                leave(em, applicationId, v.state(), "interrupted", provider.username(), note.trim());
            }
            // The core's event may have ended the application first (delivery runs on its own thread): keep the provider's words.
            em.createNativeQuery("UPDATE training.application SET note = coalesce(note, ?2), decided_by = coalesce(decided_by, ?3) WHERE id = ?1")
                    .setParameter(1, applicationId).setParameter(2, note.trim()).setParameter(3, provider.username()).executeUpdate();
            return view(em, applicationId);
        });
    }

    /** What the core told the module; an older or repeated event changes nothing (delivery is at least once). */
    public void referralChanged(ReferralEvent e) {
        unit.run(em -> {
            int changed = em.createNativeQuery("INSERT INTO training.referral (id, municipality_code, state, last_sequence, updated_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, "
                    + "last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at "
                    + "WHERE training.referral.last_sequence < EXCLUDED.last_sequence")
                    .setParameter(1, e.referralId()).setParameter(2, e.municipalityCode()).setParameter(3, e.state())
                    .setParameter(4, e.sequence()).setParameter(5, Timestamp.from(e.at())).executeUpdate();
            if (changed == 1 && Set.of("declined", "interrupted").contains(e.state())) {
                // Ended outside this module (the caseworker's side, the core's partner page): the application ends too, once.
                @SuppressWarnings("unchecked")
                List<UUID> open = em.createNativeQuery("SELECT id FROM training.application WHERE referral_id = ?1 "
                        + "AND state IN ('applied', 'selected', 'started')").setParameter(1, e.referralId()).getResultList();
                for (UUID id : open) {
                    String from = (String) em.createNativeQuery("SELECT state FROM training.application WHERE id = ?1")
                            .setParameter(1, id).getSingleResult();
                    leave(em, id, from, from.equals("applied") ? "withdrawn" : "interrupted", null, null);
                }
            }
        });
    }

    /**
     * Moves an application from one state to another in the caller's transaction, giving its seat
     * back when it held one and the new state does not: one conditional update each, so the seat
     * is returned exactly once even when the same end arrives twice.
     */
    private static boolean leave(EntityManager em, UUID id, String from, String to, String by, String note) {
        @SuppressWarnings("unchecked")
        List<UUID> moved = em.createNativeQuery("UPDATE training.application SET state = ?3, decided_at = coalesce(decided_at, now()), "
                + "decided_by = coalesce(?4, decided_by), note = coalesce(?5, note) WHERE id = ?1 AND state = ?2 RETURNING course_id")
                .setParameter(1, id).setParameter(2, from).setParameter(3, to).setParameter(4, by).setParameter(5, note).getResultList();
        if (!moved.isEmpty() && HOLDS_SEAT.contains(from) && !HOLDS_SEAT.contains(to)) {
            em.createNativeQuery("UPDATE training.course SET seats_taken = seats_taken - 1 WHERE id = ?1").setParameter(1, moved.get(0))
                    .executeUpdate();
        }
        return !moved.isEmpty();
    }

    /** From {@code from} to {@code to}; with {@code seat}, a seat on the course is taken in the same transaction or the course is full. */
    private View decide(UUID id, PolkuUser provider, String from, String to, String note, boolean seat) {
        return unit.inTransaction(em -> {
            List<?> found = em.createNativeQuery("SELECT a.state, a.course_id, c.name, c.seats FROM training.application a "
                    + "JOIN training.course c ON c.id = a.course_id WHERE a.id = ?1 FOR UPDATE OF a").setParameter(1, id).getResultList();
            if (found.isEmpty()) {
                throw Problem.of(404, "no-application", messages.texts("no-application"));
            }
            Object[] row = (Object[]) found.get(0);
            if (!from.equals(row[0])) {
                throw illegal((String) row[0], to);
            }
            if (seat && em.createNativeQuery("UPDATE training.course SET seats_taken = seats_taken + 1 WHERE id = ?1 AND seats_taken < seats")
                    .setParameter(1, row[1]).executeUpdate() == 0) {
                throw Problem.of(409, "course-full", messages.texts("course-full", row[2], row[3]));
            }
            em.createNativeQuery("UPDATE training.application SET state = ?2, decided_at = now(), decided_by = ?3, note = ?4 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, to).setParameter(3, provider.username()).setParameter(4, note).executeUpdate();
            return view(em, id);
        });
    }

    private Problem illegal(String from, String to) {
        return Problem.of(409, "illegal-move", messages.texts("illegal-move", messages.texts("application." + from),
                messages.texts("application." + to)));
    }

    private void requireNote(String note) {
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw Problem.invalid().field("note", messages.texts("note-required")).build();
        }
    }

    private String referralState(EntityManager em, UUID referralId, boolean lock) {
        String state = (String) em.createNativeQuery("SELECT state FROM training.referral WHERE id = ?1" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, referralId).getResultStream().findFirst().orElse(null);
        if (state == null) {
            throw Problem.of(409, "referral-not-received", messages.texts("referral-not-received"));
        }
        return state;
    }

    public View view(UUID id) {
        return unit.inTransaction(em -> view(em, id));
    }

    private View view(EntityManager em, UUID id) {
        return rows(em, "a.id = ?1", id).stream().findFirst()
                .orElseThrow(() -> Problem.of(404, "no-application", messages.texts("no-application")));
    }

    /** The applications of the referrals given (a customer's training referrals), newest first. */
    public List<View> ofReferrals(List<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> rows(em, "a.referral_id = ANY(?1)", referralIds.toArray(new UUID[0])));
    }

    /** The applications to the courses of a provider account ("" for the courses that name none), newest first; nobody else's. */
    public fi.polku.api.rest.ListPage<View> ofProvider(String account, fi.polku.api.rest.ListPage.Request page) {
        return unit.inTransaction(em -> {
            String where = "coalesce(c.provider_account, '') = ?1";
            List<View> items = rows(em, where, " ORDER BY a.applied_at DESC, a.id LIMIT " + page.limit() + " OFFSET " + page.offset(), account);
            long total = page.totalIfLast(items.size());
            if (total < 0) {
                total = ((Number) em.createNativeQuery("SELECT count(*) FROM training.application a JOIN training.course c ON c.id = a.course_id "
                        + "WHERE " + where).setParameter(1, account).getSingleResult()).longValue();
            }
            return page.answer(total, items);
        });
    }

    /** The provider account of the application's course ("" when it names none): who may decide on it; empty when no such application. */
    public java.util.Optional<String> providerAccountOf(UUID applicationId) {
        return unit.inTransaction(em -> em.createNativeQuery("SELECT coalesce(c.provider_account, '') FROM training.application a "
                + "JOIN training.course c ON c.id = a.course_id WHERE a.id = ?1").setParameter(1, applicationId).getResultStream()
                .findFirst().map(String.class::cast));
    }

    // A customer's or one application's rows: few, newest first.
    private static List<View> rows(EntityManager em, String where, Object parameter) {
        return rows(em, where, " ORDER BY a.applied_at DESC LIMIT 500", parameter);
    }

    private static List<View> rows(EntityManager em, String where, String tail, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.referral_id, a.course_id, c.name, a.state, a.funding, a.dismissed_on, "
                + "a.applied_at, a.applied_by, a.decided_at, a.decided_by, a.note FROM training.application a "
                + "JOIN training.course c ON c.id = a.course_id WHERE " + where + tail)
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new View((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5],
                date(r[6]), instant(r[7]), (String) r[8], instant(r[9]), (String) r[10], (String) r[11])).toList();
    }

    /** Applications by course kind and funding source: what the area reports of integration training's funding. */
    public List<Map<String, Object>> fundingReport(int year) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT c.kind, a.funding, count(*) FILTER (WHERE a.state IN ('selected', 'started', 'completed')), "
                    + "count(*) FROM training.application a JOIN training.course c ON c.id = a.course_id "
                    + "WHERE extract(year FROM c.starts_on) = ?1 GROUP BY c.kind, a.funding ORDER BY c.kind, a.funding")
                    .setParameter(1, year).getResultList();
            return rows.stream().map(r -> Map.<String, Object>of("kind", r[0], "funding", r[1], "selected", ((Number) r[2]).longValue(),
                    "applications", ((Number) r[3]).longValue())).toList();
        });
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((Timestamp) value).toInstant();
    }
}
