/**
 * The employment area as configured: its municipalities, service points and units. Read it from
 * the {@link fi.polku.api.organisation.Organisation} service; it follows {@code configs/} live.
 */
@Version("1.1.0")
@NullMarked
package fi.polku.api.organisation;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
