/**
 * Statutory rules as versioned data. A rule set bundle registers a {@link fi.polku.api.rules.RuleSet}
 * that applies to job-search periods starting on or after its effective date; each of its
 * parameters names the provision of law it comes from. The core picks the rule set by the
 * period's start date, so a law change deploys as a new bundle and changes nothing for
 * periods that started before it.
 */
@Version("1.3.0")
@NullMarked
package fi.polku.api.rules;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
