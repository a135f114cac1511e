/** The audit log: every access to personal data, and every administrative act, attributable. */
@Version("1.0.0")
@NullMarked
package fi.polku.api.audit;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
