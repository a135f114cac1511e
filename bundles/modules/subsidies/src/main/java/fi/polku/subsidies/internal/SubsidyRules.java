package fi.polku.subsidies.internal;

import fi.polku.api.rules.RuleKeys;
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
    static final String MIN_AGE_55 = RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_AGE;
    static final String START_UP_MAX_MONTHS = RuleKeys.START_UP_GRANT_MAX_MONTHS;
    static final String START_UP_FULL_TIME = RuleKeys.START_UP_GRANT_FULL_TIME_REQUIRED;
    static final String PAY_SUBSIDY_EMPLOYERS = RuleKeys.PAY_SUBSIDY_EMPLOYER_KINDS;

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
    public List<Reason> refusals(Facts facts) {
        return ruleSets.forStart(facts.startDate()).map(r -> refusals(r, facts))
                .orElse(List.of(Reason.of("rule.no-rule-set", facts.startDate())));
    }

    /** The assessment against one rule set: a pure function, unit-tested without a framework. */
    static List<Reason> refusals(RuleSet rules, Facts f) {
        List<Reason> reasons = new ArrayList<>();
        try {
            switch (f.kind()) {
                case EMPLOYMENT_SUBSIDY_55 -> {
                    RuleParameter min = param(rules, MIN_AGE_55);
                    int age = Period.between(f.birthDate(), f.startDate()).getYears();
                    if (age < number(min)) {
                        reasons.add(Reason.of("rule.min-age", min.value(), f.startDate(), age, min.source()));
                    }
                }
                case PAY_SUBSIDY -> {
                    RuleParameter kinds = param(rules, PAY_SUBSIDY_EMPLOYERS);
                    if (!Arrays.asList(kinds.value().split("\\s*,\\s*")).contains(f.employerKind())) {
                        reasons.add(Reason.of("rule.employer-kind", Reason.of("employer-kind." + f.employerKind()), kinds.value(),
                                kinds.source()));
                    }
                }
                case START_UP_GRANT -> {
                    RuleParameter max = param(rules, START_UP_MAX_MONTHS);
                    if (f.months() > number(max)) {
                        reasons.add(Reason.of("rule.max-months", max.value(), f.months(), max.source()));
                    }
                    RuleParameter fullTime = param(rules, START_UP_FULL_TIME);
                    if (Boolean.parseBoolean(fullTime.value()) && !Boolean.TRUE.equals(f.fullTime())) {
                        reasons.add(Reason.of("rule.full-time", fullTime.source()));
                    }
                }
                default -> { } // travel and cost compensation: no condition in the rule set yet
            }
        } catch (MissingParameterException e) {
            // A rule set without the parameter (or with a mistyped one) cannot say yes: fail closed.
            reasons.add(Reason.of("rule.missing-parameter", rules.id(), e.getMessage(), Reason.kind(f.kind())));
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
