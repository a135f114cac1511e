package fi.polku.cases.internal.referral;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;

/** Writes a referral's change into the outbox, in the caller's transaction: it is told to the module if and only if it happened. */
final class ReferralEvents {
    private ReferralEvents() {}

    static void record(EntityManager em, Referral r) {
        em.createNativeQuery("INSERT INTO cases.referral_event (referral_id, module_id, service_type, municipality_code, state, at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, r.id()).setParameter(2, r.moduleId()).setParameter(3, r.serviceType())
                .setParameter(4, r.municipalityCode()).setParameter(5, r.state()).setParameter(6, Timestamp.from(r.updatedAt()))
                .executeUpdate();
    }
}
