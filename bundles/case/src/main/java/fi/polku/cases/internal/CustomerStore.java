package fi.polku.cases.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.cases.identity.IdentityCode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Customers in the {@code cases} schema, the core case bundle's own persistence unit. */
@Component(service = CustomerStore.class)
public final class CustomerStore {
    static final String SCHEMA = "cases";

    /** A registration that would make a second record for the same person. */
    public static final class DuplicateCustomerException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final UUID existing;

        DuplicateCustomerException(UUID existing) {
            super("A customer with this identity code is already registered");
            this.existing = existing;
        }

        public UUID existing() {
            return existing;
        }
    }

    private final PersistenceUnit unit;

    @Activate
    public CustomerStore(@Reference PersistenceUnits units) {
        this.unit = units.open(UnitDefinition.of(SCHEMA, Customer.class));
    }

    @Deactivate
    void close() {
        unit.close();
    }

    public Customer register(IdentityCode code, String firstName, String lastName, String municipalityCode,
            String language, String registeredBy) {
        return unit.inTransaction(em -> {
            // Serialises registrations of the same code, so two clicks cannot make two customers.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, code.value()).getSingleResult();
            Optional<UUID> existing = findIdByIdentityCode(em, code);
            if (existing.isPresent()) {
                throw new DuplicateCustomerException(existing.get());
            }
            Customer c = new Customer(code.value(), firstName, lastName, municipalityCode, language, Instant.now(), registeredBy);
            em.persist(c);
            return c;
        });
    }

    public Optional<Customer> find(UUID id) {
        return unit.inTransaction(em -> Optional.ofNullable(em.find(Customer.class, id)));
    }

    public long count() {
        return unit.inTransaction(em -> em.createQuery("select count(c) from Customer c", Long.class).getSingleResult());
    }

    private static Optional<UUID> findIdByIdentityCode(jakarta.persistence.EntityManager em, IdentityCode code) {
        return em.createQuery("select c.id from Customer c where c.identityCode = :code", UUID.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }
}
