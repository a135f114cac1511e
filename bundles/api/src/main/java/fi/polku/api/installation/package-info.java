/**
 * Facts about the installation a bundle runs in, from the launcher: whether it is a demo
 * (demo accounts, synthetic people) or a production installation. Read them from the
 * {@link fi.polku.api.installation.Installation} service, never from framework properties.
 */
@Version("1.0.0")
@NullMarked
package fi.polku.api.installation;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
