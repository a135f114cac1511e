/**
 * Persistence for any bundle: its own persistence unit, for its own entity classes, in its own
 * PostgreSQL schema, with its own Flyway migrations. Get {@link fi.polku.api.persistence.PersistenceUnits}
 * as a service and open a unit in your component's activate method; read a native query's columns with
 * {@link fi.polku.api.persistence.Columns} (since 1.3).
 */
@Version("1.3.0")
@NullMarked
package fi.polku.api.persistence;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
