package fi.polku.api.rules;

import java.util.Objects;

/**
 * What a neglect without a valid reason means for the job seeker's unemployment benefit, by the
 * rule set in force on the day of the neglect. The benefit payer (Kela or the unemployment fund)
 * applies it on the labour-policy statement.
 *
 * @param ordinal                    the neglect's number within the counting period (1 for the first)
 * @param reminder                   a reminder only, no loss of benefit
 * @param benefitLossDays            calendar days without benefit (0 for none)
 * @param employmentRequirementWeeks weeks of work (or work-like activity) before benefit is paid again (0 for none)
 * @param jobSearchEnds              the job search ends (it must be started again)
 * @param ruleSet                    the id of the rule set that decided it
 * @param rule                       the rule in words
 * @param source                     the provision it comes from
 * @since 1.4
 */
public record NeglectConsequence(int ordinal, boolean reminder, int benefitLossDays, int employmentRequirementWeeks,
        boolean jobSearchEnds, String ruleSet, String rule, LegalSource source) {
    public NeglectConsequence {
        if (ordinal < 1 || benefitLossDays < 0 || employmentRequirementWeeks < 0) {
            throw new IllegalArgumentException("ordinal from 1, days and weeks from 0");
        }
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
    }
}
