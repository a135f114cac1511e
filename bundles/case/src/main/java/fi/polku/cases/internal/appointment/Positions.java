package fi.polku.cases.internal.appointment;

import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The caseworker's assessment that a customer is, or no longer is, in a weaker labour-market
 * position (heikommassa työmarkkina-asemassa): with the multisectoral customers, the service plan
 * lets only them be met at the municipal premises. Kept append-only with its reason; the latest holds.
 */
@Component(service = Positions.class)
public final class Positions {
    private static final String S = CaseDatabase.SCHEMA;

    public record Assessment(Boolean weaker, String reason) {}

    public record View(boolean weaker, String reason, Instant recordedAt, String recordedBy) {}

    private final PersistenceUnit unit;
    private final Messages messages;

    @Activate
    public Positions(@Reference CaseDatabase database, @Reference Messages messages) {
        this.unit = database.unit();
        this.messages = messages;
    }

    static boolean weaker(EntityManager em, UUID customerId) {
        List<?> rows = em.createNativeQuery("SELECT weaker FROM " + S + ".labour_market_position WHERE customer_id = ?1 ORDER BY id DESC LIMIT 1")
                .setParameter(1, customerId).getResultList();
        return !rows.isEmpty() && Columns.bool(rows.get(0));
    }

    /** The latest assessment, or "not assessed" (weaker false, no reason). */
    View current(UUID customerId, PolkuUser by) {
        return unit.inTransaction(em -> {
            customer(em, customerId);
            AuditTrail.record(em, by, customerId, "position.read", "");
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT weaker, reason, recorded_at, recorded_by FROM " + S + ".labour_market_position "
                    + "WHERE customer_id = ?1 ORDER BY id DESC LIMIT 1").setParameter(1, customerId).getResultList();
            return rows.stream().findFirst().map(r -> new View(Columns.bool(r[0]), (String) r[1], Columns.instant(r[2]),
                    (String) r[3])).orElse(new View(false, null, null, null));
        });
    }

    View record(UUID customerId, Assessment in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        if (in.weaker() == null) {
            check.fail("weaker", "input.required");
        }
        String reason = check.text("reason", in.reason(), 1000, true);
        check.done();
        Instant now = Instant.now();
        return unit.inTransaction(em -> {
            customer(em, customerId);
            em.createNativeQuery("INSERT INTO " + S + ".labour_market_position (customer_id, weaker, reason, recorded_at, recorded_by) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, customerId).setParameter(2, in.weaker()).setParameter(3, reason)
                    .setParameter(4, Timestamp.from(now)).setParameter(5, by.username()).executeUpdate();
            AuditTrail.record(em, by, customerId, "position.record", in.weaker() ? "weaker" : "not weaker");
            return new View(in.weaker(), reason, now, by.username());
        });
    }

    private void customer(EntityManager em, UUID id) {
        if (em.find(Customer.class, id) == null) {
            throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
        }
    }
}
