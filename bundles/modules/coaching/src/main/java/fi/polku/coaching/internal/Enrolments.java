package fi.polku.coaching.internal;

import fi.polku.api.module.ReferralEvent;
import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.Problem;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Places on courses for the people referred to this module. A place is taken with one
 * conditional update (never more people than places, also when many caseworkers enrol at once);
 * a referral that is declined or interrupted gives its place back.
 */
@Component(service = Enrolments.class)
public final class Enrolments {
    /** Referral states in which a person may take a place. */
    private static final Set<String> ACTIVE = Set.of("referred", "accepted", "started");

    public record Enrolment(UUID referralId, UUID courseId, String state, Instant enrolledAt, String enrolledBy) {}

    private final PersistenceUnit unit;
    private final Messages messages;

    @Activate
    public Enrolments(@Reference CourseStore store, @Reference Messages messages) {
        this.unit = store.unit();
        this.messages = messages;
    }

    /** What the core told the module; an older or repeated event changes nothing (delivery is at least once). */
    public void referralChanged(ReferralEvent e) {
        unit.run(em -> {
            int changed = em.createNativeQuery("INSERT INTO coaching.referral (id, municipality_code, state, last_sequence, updated_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, "
                    + "last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at "
                    + "WHERE coaching.referral.last_sequence < EXCLUDED.last_sequence")
                    .setParameter(1, e.referralId()).setParameter(2, e.municipalityCode()).setParameter(3, e.state())
                    .setParameter(4, e.sequence()).setParameter(5, Timestamp.from(e.at())).executeUpdate();
            if (changed == 1 && Set.of("declined", "interrupted").contains(e.state())) {
                end(em, e.referralId(), "interrupted", true);
            } else if (changed == 1 && e.state().equals("completed")) {
                end(em, e.referralId(), "completed", false); // the place was used: the course's count keeps it
            }
        });
    }

    private static void end(EntityManager em, UUID referral, String state, boolean freePlace) {
        @SuppressWarnings("unchecked")
        List<UUID> courses = em.createNativeQuery("UPDATE coaching.enrolment SET state = ?2, ended_at = now() "
                + "WHERE referral_id = ?1 AND state = 'enrolled' RETURNING course_id").setParameter(1, referral).setParameter(2, state)
                .getResultList();
        if (freePlace) {
            for (UUID course : courses) {
                em.createNativeQuery("UPDATE coaching.course SET seats_taken = seats_taken - 1 WHERE id = ?1").setParameter(1, course)
                        .executeUpdate();
            }
        }
    }

    /** Takes a place on the course for the referred person, or says why not. */
    public Enrolment enrol(UUID courseId, UUID referralId, String by) {
        return unit.inTransaction(em -> {
            Object[] course = (Object[]) em.createNativeQuery("SELECT capacity, name FROM coaching.course WHERE id = ?1")
                    .setParameter(1, courseId).getResultStream().findFirst().orElse(null);
            if (course == null) {
                throw Problem.of(404, "no-course", messages.texts("no-course"));
            }
            String state = (String) em.createNativeQuery("SELECT state FROM coaching.referral WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, referralId).getResultStream().findFirst().orElse(null);
            if (state == null) {
                throw Problem.of(409, "referral-not-received", messages.texts("referral-not-received"));
            }
            if (!ACTIVE.contains(state)) {
                throw Problem.of(409, "referral-not-active", messages.texts("referral-state", messages.texts("state." + state)));
            }
            if (!em.createNativeQuery("SELECT 1 FROM coaching.enrolment WHERE referral_id = ?1").setParameter(1, referralId)
                    .getResultList().isEmpty()) {
                throw Problem.of(409, "already-enrolled", messages.texts("already-enrolled"));
            }
            int taken = em.createNativeQuery("UPDATE coaching.course SET seats_taken = seats_taken + 1 WHERE id = ?1 AND seats_taken < capacity")
                    .setParameter(1, courseId).executeUpdate();
            if (taken == 0) {
                throw Problem.of(409, "course-full", messages.texts("course-full", course[1], course[0]));
            }
            Instant now = Instant.now();
            em.createNativeQuery("INSERT INTO coaching.enrolment (referral_id, course_id, state, enrolled_at, enrolled_by) "
                    + "VALUES (?1, ?2, 'enrolled', ?3, ?4)").setParameter(1, referralId).setParameter(2, courseId)
                    .setParameter(3, Timestamp.from(now)).setParameter(4, by).executeUpdate();
            return new Enrolment(referralId, courseId, "enrolled", now, by);
        });
    }

    public record KnownReferral(UUID referralId, String state, long lastSequence) {}

    /** What the module has been told of the referrals given: their last state as delivered by the core. */
    public List<KnownReferral> known(List<UUID> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, state, last_sequence FROM coaching.referral WHERE id = ANY(?1)")
                    .setParameter(1, referrals.toArray(new UUID[0])).getResultList();
            return rows.stream().map(r -> new KnownReferral((UUID) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        });
    }

    /** The enrolments of the referrals given (a customer's coaching referrals). */
    public List<Enrolment> of(List<UUID> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT referral_id, course_id, state, enrolled_at, enrolled_by FROM coaching.enrolment "
                    + "WHERE referral_id = ANY(?1)").setParameter(1, referrals.toArray(new UUID[0])).getResultList();
            return rows.stream().map(r -> new Enrolment((UUID) r[0], (UUID) r[1], (String) r[2], instant(r[3]), (String) r[4])).toList();
        });
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
