package fi.polku.cases.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.cases.internal.audit.AuditEvent;
import fi.polku.cases.internal.customer.Customer;
import fi.polku.cases.internal.process.Interview;
import fi.polku.cases.internal.process.JobSearchPeriod;
import fi.polku.cases.internal.process.PlanVersion;
import fi.polku.cases.internal.process.Task;
import fi.polku.cases.internal.process.UnitAssignment;
import fi.polku.cases.internal.referral.Referral;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The core case bundle's own persistence unit, schema {@code cases}; open while the bundle runs. */
@Component(service = CaseDatabase.class)
public final class CaseDatabase {
    public static final String SCHEMA = "cases";

    private final PersistenceUnit unit;

    @Activate
    public CaseDatabase(@Reference PersistenceUnits units) {
        this.unit = units.open(UnitDefinition.of(SCHEMA, Customer.class, AuditEvent.class, JobSearchPeriod.class, Task.class,
                Interview.class, PlanVersion.class, UnitAssignment.class, Referral.class));
    }

    public PersistenceUnit unit() {
        return unit;
    }

    @Deactivate
    void close() {
        unit.close();
    }
}
