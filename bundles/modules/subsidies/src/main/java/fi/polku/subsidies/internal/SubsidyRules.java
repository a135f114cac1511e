package fi.polku.subsidies.internal;

import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The statutory conditions of each kind (age, duration, the kind of employer), read from the rule
 * set in force on the subsidy's start date. Nothing here is a number of the law: the numbers are
 * the rule set's parameters, and every refusal quotes the parameter's legal source.
 */
@Component(service = SubsidyRules.class)
public final class SubsidyRules {
    static final String MIN_AGE_55 = "employment-subsidy-55.min-age";
    static final String START_UP_MAX_MONTHS = "start-up-grant.max-months";
    static final String START_UP_FULL_TIME = "start-up-grant.full-time-required";
    static final String PAY_SUBSIDY_EMPLOYERS = "pay-subsidy.employer-kinds";

    /** What the conditions look at. {@code birthDate}, {@code fullTime} and {@code employerKind} may be null where the kind does not use them. */
    public record Facts(SubsidyKind kind, LocalDate startDate, int months, LocalDate birthDate, Boolean fullTime, String employerKind) {}

    private final RuleSets ruleSets;

    @Activate
    public SubsidyRules(@Reference RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The rule set for a start date, if one is installed for it. */
    public Optional<RuleSet> ruleSetFor(LocalDate start) {
        return ruleSets.forStart(start);
    }

    /** The reasons the facts do not meet the conditions, each naming its source; empty when they do. */
    public List<String> refusals(Facts facts) {
        return ruleSets.forStart(facts.startDate()).map(r -> refusals(r, facts))
                .orElse(List.of("No rule set is in force on " + facts.startDate() + ", so the application cannot be assessed."));
    }

    /** The assessment against one rule set: a pure function, unit-tested without a framework. */
    static List<String> refusals(RuleSet rules, Facts f) {
        List<String> reasons = new ArrayList<>();
        try {
            switch (f.kind()) {
                case EMPLOYMENT_SUBSIDY_55 -> {
                    RuleParameter min = param(rules, MIN_AGE_55);
                    int age = Period.between(f.birthDate(), f.startDate()).getYears();
                    if (age < number(min)) {
                        reasons.add("The employment subsidy for people aged 55+ needs the person to be at least " + min.value()
                                + " on the start date; on " + f.startDate() + " the person is " + age + ". Source: " + min.source());
                    }
                }
                case PAY_SUBSIDY -> {
                    RuleParameter kinds = param(rules, PAY_SUBSIDY_EMPLOYERS);
                    if (!Arrays.asList(kinds.value().split("\\s*,\\s*")).contains(f.employerKind())) {
                        reasons.add("Pay subsidy is not granted to an employer of the kind '" + f.employerKind() + "' (only: " + kinds.value()
                                + "). Source: " + kinds.source());
                    }
                }
                case START_UP_GRANT -> {
                    RuleParameter max = param(rules, START_UP_MAX_MONTHS);
                    if (f.months() > number(max)) {
                        reasons.add("The start-up grant is granted for at most " + max.value() + " months; " + f.months()
                                + " were applied for. Source: " + max.source());
                    }
                    RuleParameter fullTime = param(rules, START_UP_FULL_TIME);
                    if (Boolean.parseBoolean(fullTime.value()) && !Boolean.TRUE.equals(f.fullTime())) {
                        reasons.add("The start-up grant is only for full-time business. Source: " + fullTime.source());
                    }
                }
                default -> { } // travel and cost compensation: no condition in the rule set yet
            }
        } catch (MissingParameterException e) {
            // A rule set without the parameter (or with a mistyped one) cannot say yes: fail closed.
            reasons.add("Rule set " + rules.id() + " does not define " + e.getMessage() + " correctly, so the "
                    + f.kind().label() + " cannot be assessed. The administrator must correct the rule set.");
        }
        return List.copyOf(reasons);
    }

    private static RuleParameter param(RuleSet rules, String key) {
        return rules.parameters().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new MissingParameterException(key));
    }

    private static int number(RuleParameter p) {
        try {
            return Integer.parseInt(p.value().trim());
        } catch (NumberFormatException e) {
            throw new MissingParameterException(p.key());
        }
    }

    private static final class MissingParameterException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingParameterException(String key) {
            super(key);
        }
    }
}
