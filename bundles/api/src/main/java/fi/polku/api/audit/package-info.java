/** The audit log: every access to personal data, and every administrative act, attributable. */
@Version("1.0.0")
package fi.polku.api.audit;

import org.osgi.annotation.versioning.Version;
