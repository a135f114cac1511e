package fi.polku.cases.internal.customer;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customers, with every read and write recorded in the audit trail in the same transaction. */
@Component(service = CustomerStore.class)
public final class CustomerStore {

    /** What a registration did. */
    public sealed interface Registration {
        record Created(Customer customer) implements Registration {}

        /** The person was already a customer: nothing was written but the audit record. */
        record AlreadyRegistered(UUID existing) implements Registration {}
    }

    private final PersistenceUnit unit;

    @Activate
    public CustomerStore(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    public Registration register(NewCustomer in, PolkuUser by) {
        return unit.inTransaction(em -> {
            // Serialises registrations of the same person, so that a double click cannot make two customers.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, in.identityCode().value()).getSingleResult();
            Optional<UUID> existing = idOf(em, in.identityCode().value());
            if (existing.isPresent()) {
                AuditTrail.record(em, by, existing.get(), AuditTrail.CUSTOMER_DUPLICATE, "registration refused: already a customer");
                return new Registration.AlreadyRegistered(existing.get());
            }
            Customer c = new Customer(in, Instant.now(), by.username());
            em.persist(c);
            AuditTrail.record(em, by, c.id(), AuditTrail.CUSTOMER_CREATE, null);
            return new Registration.Created(c);
        });
    }

    /** The customer, the read recorded as {@code purpose}. */
    public Optional<Customer> read(UUID id, PolkuUser by, String action) {
        return unit.inTransaction(em -> {
            Customer c = em.find(Customer.class, id);
            if (c != null) {
                AuditTrail.record(em, by, id, action, null);
            }
            return Optional.ofNullable(c);
        });
    }

    /**
     * Customers whose last name starts with {@code last} (and first name with {@code first}, when
     * given), by name; the search is recorded once, with its terms.
     */
    public List<Customer> searchByName(String last, String first, int limit, PolkuUser by) {
        return unit.inTransaction(em -> {
            // Native SQL: the "C" collation lets customer_name_search serve the prefix and the order.
            String sql = "SELECT * FROM " + CaseDatabase.SCHEMA + ".customer WHERE lower(last_name) COLLATE \"C\" LIKE ?1"
                    + (first == null ? "" : " AND lower(first_name) COLLATE \"C\" LIKE ?2")
                    + " ORDER BY lower(last_name) COLLATE \"C\", lower(first_name) COLLATE \"C\", id LIMIT " + limit;
            var q = em.createNativeQuery(sql, Customer.class).setParameter(1, likePrefix(last));
            if (first != null) {
                q.setParameter(2, likePrefix(first));
            }
            @SuppressWarnings("unchecked")
            List<Customer> found = (List<Customer>) q.getResultList();
            AuditTrail.record(em, by, null, "customer.search", "name '" + last + (first == null ? "" : " " + first) + "', " + found.size() + " found");
            AuditTrail.recordShown(em, by, found.stream().map(Customer::id).toList(), "customer.search", "in the results of a name search");
            return found;
        });
    }

    /** The customer with an identity code, if registered; the lookup is recorded on that customer. */
    public Optional<Customer> findByIdentityCode(String identityCode, PolkuUser by) {
        return unit.inTransaction(em -> {
            Optional<UUID> id = idOf(em, identityCode);
            // Found or not, the search is on record (the code itself is not kept: it may be nobody's we serve).
            AuditTrail.record(em, by, id.orElse(null), "customer.search-by-identity-code", id.isPresent() ? null : "no customer found");
            return id.map(x -> em.find(Customer.class, x));
        });
    }

    private static String likePrefix(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public long count() {
        return unit.inTransaction(em -> em.createQuery("select count(c) from Customer c", Long.class).getSingleResult());
    }

    private static Optional<UUID> idOf(EntityManager em, String identityCode) {
        return em.createQuery("select c.id from Customer c where c.identityCode = :code", UUID.class)
                .setParameter("code", identityCode)
                .getResultStream().findFirst();
    }
}
