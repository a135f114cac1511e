/**
 * Health reporting: register a {@link fi.polku.api.health.HealthIndicator} service and
 * {@code GET /api/health} includes it.
 */
@Version("1.0.0")
@NullMarked
package fi.polku.api.health;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
