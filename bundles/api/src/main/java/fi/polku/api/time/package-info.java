/**
 * Time as Finnish law counts it: business days, public holidays, and how a time limit is
 * computed (Act 150/1930 on the computation of statutory time limits).
 */
@Version("1.1.0")
@NullMarked
package fi.polku.api.time;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
