/**
 * Persistence for any bundle: its own persistence unit, for its own entity classes, in its own
 * PostgreSQL schema, with its own Flyway migrations. Get {@link fi.polku.api.persistence.PersistenceUnits}
 * as a service and open a unit in your component's activate method.
 */
@Version("1.2.0")
@NullMarked
package fi.polku.api.persistence;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
