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
}
