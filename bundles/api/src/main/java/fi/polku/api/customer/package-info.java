/**
 * What a module may ask about the core's customers. A module keeps the ids of the customers it
 * serves (a subsidy application, a course place); it never reads their personal data from the
 * core, and each question is recorded in the customer's audit trail as the asking user's.
 */
@Version("1.1.0")
@NullMarked
package fi.polku.api.customer;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
