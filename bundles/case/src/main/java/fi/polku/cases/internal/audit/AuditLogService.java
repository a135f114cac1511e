package fi.polku.cases.internal.audit;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log for other bundles, in the core's audit table. */
@Component(service = AuditLog.class)
public final class AuditLogService implements AuditLog {
    private final PersistenceUnit unit;

    @Activate
    public AuditLogService(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    @Override
    public void record(PolkuUser actor, UUID customerId, String action, String detail) {
        String d = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
        unit.run(em -> AuditTrail.record(em, actor, customerId, action, d));
    }
}
