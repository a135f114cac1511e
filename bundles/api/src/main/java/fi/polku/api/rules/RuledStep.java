package fi.polku.api.rules;

import java.util.Objects;

/**
 * A statutory step of a job search together with the rule set it was judged by: the version of
 * the law in force on the step's day (see {@link RuleSets#schedule}).
 *
 * @param step    the step
 * @param ruleSet the id of the rule set in force on the step's deadline
 * @since 1.4
 */
public record RuledStep(ScheduledStep step, String ruleSet) {
    public RuledStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }
}
