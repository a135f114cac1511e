package fi.polku.employer.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The bundle's persistence unit, schema {@code employer}, migrated by the platform from {@code db/migration/employer}. */
@Component(service = EmployerDatabase.class)
public final class EmployerDatabase {
    static final String S = "employer";
    private final PersistenceUnit unit;

    @Activate
    public EmployerDatabase(@Reference PersistenceUnits units) {
        this.unit = units.open(UnitDefinition.of(S));
    }

    @Deactivate
    void close() {
        unit.close();
    }

    PersistenceUnit unit() {
        return unit;
    }
}
