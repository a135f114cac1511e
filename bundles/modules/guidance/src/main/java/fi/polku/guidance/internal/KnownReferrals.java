package fi.polku.guidance.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.api.rest.Problem;
import fi.polku.api.time.FinnishCalendar;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The bundle's persistence unit (schema {@code guidance}) and what the core told it of the referrals
 * to its modules: the state, kept by the event's sequence (delivery is at least once).
 */
@Component(service = KnownReferrals.class)
public final class KnownReferrals {
    public static final Set<String> OPEN = Set.of("referred", "accepted", "started");

    /** A referral as the module knows it. */
    public record Known(UUID id, String serviceType, String state, LocalDate referredOn) {}

    private final PersistenceUnit unit;
    private final Messages messages;

    @Activate
    public KnownReferrals(@Reference PersistenceUnits units, @Reference Messages messages) {
        this.unit = units.open(UnitDefinition.of("guidance"));
        this.messages = messages;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    public PersistenceUnit unit() {
        return unit;
    }

    public void changed(ReferralEvent e) {
        unit.run(em -> em.createNativeQuery("INSERT INTO guidance.referral (id, module_id, service_type, municipality_code, state, referred_on, "
                + "last_sequence, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, "
                + "last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at WHERE guidance.referral.last_sequence < EXCLUDED.last_sequence")
                .setParameter(1, e.referralId()).setParameter(2, e.moduleId()).setParameter(3, e.serviceType()).setParameter(4, e.municipalityCode())
                .setParameter(5, e.state()).setParameter(6, e.at().atZone(FinnishCalendar.ZONE).toLocalDate()).setParameter(7, e.sequence())
                .setParameter(8, Timestamp.from(e.at())).executeUpdate());
    }

    /** An open referral of {@code serviceType}, locked for the transaction; 404 or 409 otherwise. */
    public Known open(EntityManager em, UUID id, String serviceType) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT service_type, state, referred_on FROM guidance.referral WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (r == null || !serviceType.equals(r[0])) {
            throw Problem.of(404, "no-referral", messages.texts("referral.none"));
        }
        if (!OPEN.contains((String) r[1])) {
            throw Problem.of(409, "referral-not-open", messages.texts("referral.not-open", messages.texts("state." + r[1])));
        }
        return new Known(id, (String) r[0], (String) r[1], Columns.day(r[2]));
    }
}
