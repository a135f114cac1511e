package com.example.partner.training;

import fi.polku.api.module.ReferralEvent;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The referrals this partner has heard of, in its own schema {@code partner_training} (the
 * platform runs the bundle's Flyway scripts in {@code db/migration/partner_training}). Delivery
 * is at least once: a repeated or older event changes nothing.
 */
@Component(service = HeardReferrals.class)
public final class HeardReferrals {
    private final PersistenceUnit unit;

    @Activate
    public HeardReferrals(@Reference PersistenceUnits units) {
        this.unit = units.open(UnitDefinition.of("partner_training", HeardReferral.class));
    }

    @Deactivate
    void close() {
        unit.close();
    }

    void record(ReferralEvent e) {
        unit.run(em -> em.createNativeQuery("INSERT INTO partner_training.heard_referral (id, state, last_sequence, heard_at) "
                + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, last_sequence = EXCLUDED.last_sequence, "
                + "heard_at = EXCLUDED.heard_at WHERE partner_training.heard_referral.last_sequence < EXCLUDED.last_sequence")
                .setParameter(1, e.referralId()).setParameter(2, e.state()).setParameter(3, e.sequence())
                .setParameter(4, Timestamp.from(e.at())).executeUpdate());
    }

    /** What has been heard of the referrals named. */
    public List<HeardReferral> of(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.inTransaction(em -> em.createQuery("select h from HeardReferral h where h.id in :ids", HeardReferral.class)
                .setParameter("ids", ids).getResultList());
    }
}
