/**
 * Statutory rules as versioned data. A rule set bundle registers a {@link fi.polku.api.rules.RuleSet}
 * that applies to job-search periods starting on or after its effective date; each of its
 * parameters names the provision of law it comes from. A job search starts under the rule
 * set of its start date; each later step and event (a neglect) is judged by the rule set in force
 * on its day, as far as that rule set's transitional provision reaches the job searches under way
 * ({@link fi.polku.api.rules.DaySchedule}).
 */
@Version("1.4.0")
@NullMarked
package fi.polku.api.rules;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
