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

    /** A unit lead makes a caseworker responsible for the customer (null: nobody); recorded with both names. */
    public Optional<Customer> setResponsible(UUID id, String worker, PolkuUser lead) {
        return unit.inTransaction(em -> {
            Customer c = em.find(Customer.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (c == null) {
                return Optional.<Customer>empty();
            }
            String before = c.responsibleUser();
            c.responsibleUser(worker);
            AuditTrail.record(em, lead, id, "customer.responsible-worker",
                    (worker == null ? "nobody" : worker) + (before == null ? "" : ", before " + before));
            return Optional.of(c);
        });
    }

    /** One version of a customer's contact details. */
    public record ContactVersion(int version, String language, String motherTongue, boolean interpreterNeeded, String phone,
            String email, String streetAddress, String postalCode, String postOffice, String preferredChannel, String reason,
            Instant changedAt, String changedBy) {}

    /**
     * New contact details: the details before are kept as a version (the registered ones become
     * version 1 at the first change), the new ones as the next; the change is on record.
     */
    public Optional<Customer> changeContact(UUID id, ContactInput.Checked in, PolkuUser by) {
        return unit.inTransaction(em -> {
            Customer c = em.find(Customer.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (c == null) {
                return Optional.<Customer>empty();
            }
            int last = ((Number) em.createNativeQuery("SELECT coalesce(max(version), 0) FROM " + CaseDatabase.SCHEMA
                    + ".customer_contact_version WHERE customer_id = ?1").setParameter(1, id).getSingleResult()).intValue();
            if (last == 0) {
                insertVersion(em, c, 1, null, c.createdAt(), c.createdBy());
                last = 1;
            }
            c.contact(in);
            insertVersion(em, c, last + 1, in.reason(), Instant.now(), by.username());
            AuditTrail.record(em, by, id, "customer.contact-change", "version " + (last + 1));
            return Optional.of(c);
        });
    }

    /** Every version of the contact details, newest first; empty when they never changed. */
    public List<ContactVersion> contactVersions(UUID id, PolkuUser by) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT version, language, mother_tongue, interpreter_needed, phone, email, "
                    + "street_address, postal_code, post_office, preferred_channel, reason, changed_at, changed_by FROM "
                    + CaseDatabase.SCHEMA + ".customer_contact_version WHERE customer_id = ?1 ORDER BY version DESC")
                    .setParameter(1, id).getResultList();
            AuditTrail.record(em, by, id, "customer.contact-history", null);
            return rows.stream().map(r -> new ContactVersion(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (Boolean) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                    r[11] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) r[11], (String) r[12])).toList();
        });
    }

    private static void insertVersion(EntityManager em, Customer c, int version, String reason, Instant at, String by) {
        em.createNativeQuery("INSERT INTO " + CaseDatabase.SCHEMA + ".customer_contact_version (customer_id, version, language, "
                        + "mother_tongue, interpreter_needed, phone, email, street_address, postal_code, post_office, preferred_channel, "
                        + "reason, changed_at, changed_by) VALUES (?1, ?2, ?3, CAST(?4 AS varchar), ?5, CAST(?6 AS varchar), "
                        + "CAST(?7 AS varchar), CAST(?8 AS varchar), CAST(?9 AS varchar), CAST(?10 AS varchar), ?11, CAST(?12 AS varchar), ?13, ?14)")
                .setParameter(1, c.id()).setParameter(2, version).setParameter(3, c.language()).setParameter(4, c.motherTongue())
                .setParameter(5, c.interpreterNeeded()).setParameter(6, c.phone()).setParameter(7, c.email())
                .setParameter(8, c.streetAddress()).setParameter(9, c.postalCode()).setParameter(10, c.postOffice())
                .setParameter(11, c.preferredChannel()).setParameter(12, reason).setParameter(13, at).setParameter(14, by)
                .executeUpdate();
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
