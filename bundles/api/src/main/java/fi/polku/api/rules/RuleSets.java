package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The installed rule sets, and which one applies to a job search starting on a date. Provided by the core. */
@ProviderType
public interface RuleSets {

    /** The rule set with the latest effective date on or before {@code start}; empty when none is installed for it. */
    Optional<RuleSet> forStart(LocalDate start);

    /** All installed rule sets, oldest first. */
    List<RuleSet> all();

    /**
     * The rule set in force on a day, by which a step due or an event happening on that day is
     * judged: the one with the latest effective date on or before it.
     *
     * @since 1.4
     */
    default Optional<RuleSet> inForceOn(LocalDate day) {
        return forStart(day);
    }

    /**
     * The steps of a job search starting on {@code start}, each judged by the rule set in force
     * on its day under the later rule sets' transitional provisions ({@link DaySchedule}).
     *
     * @since 1.4
     */
    default List<RuledStep> schedule(LocalDate start, @org.jspecify.annotations.Nullable LocalDate initialInterviewHeld) {
        return DaySchedule.compose(all(), start, initialInterviewHeld);
    }
}
