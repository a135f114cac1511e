package fi.polku.cases.internal.document;

import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.Problem;
import fi.polku.api.i18n.Messages;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import fi.polku.api.letters.Delivery;
import fi.polku.api.letters.Outbox;

/** The customer's document list: what was handed over or sent, which version, how, when, by whom. */
@Component(service = Documents.class)
public final class Documents {
    private static final String S = CaseDatabase.SCHEMA;

    /** {@code delivery}: where the letter that carries it is (queued, sent, printed, failed); none for a print. */
    public record Entry(UUID id, String kind, UUID sourceId, Integer version, String language, String channel, String sha256, Instant at,
            String by, String delivery) {}

    private final PersistenceUnit unit;
    private final Messages messages;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Outbox outbox;

    @Activate
    public Documents(@Reference CaseDatabase database, @Reference Messages messages) {
        this.unit = database.unit();
        this.messages = messages;
    }

    static void record(EntityManager em, UUID customerId, String kind, UUID sourceId, Integer version, String language, String channel, byte[] bytes,
            PolkuUser by) {
        record(em, customerId, kind, sourceId, version, language, channel, bytes, by, null);
    }

    static void record(EntityManager em, UUID customerId, String kind, UUID sourceId, Integer version, String language, String channel, byte[] bytes,
            PolkuUser by, UUID letterId) {
        em.createNativeQuery("INSERT INTO " + S + ".customer_document (id, customer_id, kind, source_id, version, language, channel, sha256, "
                + "created_at, created_by, letter_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)").setParameter(1, UUID.randomUUID())
                .setParameter(2, customerId).setParameter(3, kind).setParameter(4, sourceId).setParameter(5, version).setParameter(6, language)
                .setParameter(7, channel).setParameter(8, sha256(bytes)).setParameter(9, Timestamp.from(Instant.now()))
                .setParameter(10, by.username()).setParameter(11, letterId).executeUpdate();
    }

    List<Entry> list(UUID customerId, PolkuUser by) {
        return unit.inTransaction(em -> {
            if (em.find(Customer.class, customerId) == null) {
                throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
            }
            AuditTrail.record(em, by, customerId, "document.list", "");
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, kind, source_id, version, language, channel, sha256, created_at, created_by, "
                    + "letter_id FROM " + S + ".customer_document WHERE customer_id = ?1 ORDER BY created_at DESC LIMIT 500").setParameter(1, customerId)
                    .getResultList();
            Outbox letters = outbox;
            java.util.Map<UUID, Delivery> deliveries = letters == null ? java.util.Map.of()
                    : letters.deliveries(rows.stream().map(r -> (UUID) r[9]).filter(java.util.Objects::nonNull).toList());
            return rows.stream().map(r -> new Entry((UUID) r[0], (String) r[1], (UUID) r[2], Columns.integer(r[3]), (String) r[4], (String) r[5],
                    HexFormat.of().formatHex((byte[]) r[6]), Columns.instant(r[7]), (String) r[8],
                    r[9] == null ? null : java.util.Optional.ofNullable(deliveries.get((UUID) r[9])).map(Delivery::state).orElse("queued"))).toList();
        });
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
