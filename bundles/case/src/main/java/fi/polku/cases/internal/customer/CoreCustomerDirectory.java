package fi.polku.cases.internal.customer;

import fi.polku.api.customer.CustomerDirectory;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The core's answer to a module's "is this a customer?", audited in the same transaction. */
@Component(service = CustomerDirectory.class)
public final class CoreCustomerDirectory implements CustomerDirectory {
    private final PersistenceUnit unit;

    @Activate
    public CoreCustomerDirectory(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    @Override
    public boolean isRegistered(UUID customerId, PolkuUser asking, String purpose) {
        if (customerId == null) {
            return false;
        }
        return unit.inTransaction(em -> {
            boolean found = em.find(Customer.class, customerId) != null;
            if (found) {
                AuditTrail.record(em, asking, customerId, AuditTrail.CUSTOMER_CHECK, purpose);
            }
            return found;
        });
    }

    @Override
    public java.util.Optional<fi.polku.api.customer.Addressee> addressee(UUID customerId, PolkuUser asking, String purpose) {
        if (customerId == null) {
            return java.util.Optional.empty();
        }
        return unit.inTransaction(em -> {
            Customer c = em.find(Customer.class, customerId);
            if (c == null) {
                return java.util.Optional.empty();
            }
            AuditTrail.record(em, asking, customerId, "customer.addressee", purpose);
            java.util.List<String> address = c.streetAddress() == null || c.postalCode() == null ? java.util.List.of()
                    : java.util.List.of(c.streetAddress(), c.postalCode() + " " + (c.postOffice() == null ? "" : c.postOffice()));
            String language = java.util.List.of("fi", "sv").contains(c.language()) ? c.language() : "en";
            return java.util.Optional.of(new fi.polku.api.customer.Addressee(c.firstName(), c.lastName(), language, address, c.email()));
        });
    }
}
