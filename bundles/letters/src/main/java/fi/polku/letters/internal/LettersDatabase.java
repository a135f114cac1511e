package fi.polku.letters.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The bundle's persistence unit, schema {@code letters}, migrated from {@code db/migration/letters}. */
@Component(service = LettersDatabase.class)
public final class LettersDatabase {
    static final String S = "letters";
    private final PersistenceUnit unit;

    @Activate
    public LettersDatabase(@Reference PersistenceUnits units) {
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
