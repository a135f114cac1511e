package fi.polku.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds persistence units for the bundle that uses this service.
 *
 * <p>The service is bundle-scoped: each bundle gets its own instance, and the entity classes and
 * migrations are loaded from that bundle. When the bundle releases the service (typically because
 * it stops), every unit it opened is closed. When it starts again and opens the unit again, the
 * migrations that are new are applied and the unit is rebuilt; the data stays.
 *
 * <p>Typical use in a Declarative Services component:
 * <pre>{@code
 * @Activate
 * public CustomerStore(@Reference PersistenceUnits units) {
 *     this.unit = units.open(UnitDefinition.of("case", Customer.class));
 * }
 * @Deactivate
 * void close() { unit.close(); }
 * }</pre>
 */
@ProviderType
public interface PersistenceUnits {

    /**
     * Migrates the unit's schema with the bundle's Flyway scripts, then builds the unit.
     *
     * @throws PersistenceUnitException when a migration fails or the entities do not map; the
     *         message says which
     */
    PersistenceUnit open(UnitDefinition definition);
}
