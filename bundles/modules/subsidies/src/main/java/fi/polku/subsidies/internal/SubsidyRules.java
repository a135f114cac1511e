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

    /** What the conditions look at. {@code birthDate}, {@code fullTime}, {@code employerKind} and the terms may be null where the kind does not use them. */
    public record Facts(SubsidyKind kind, LocalDate startDate, int months, LocalDate birthDate, Boolean fullTime, String employerKind,
            Application.Terms terms, long requestedCents) {
        /** Without terms: the kinds that ask none. */
        public Facts(SubsidyKind kind, LocalDate startDate, int months, LocalDate birthDate, Boolean fullTime, String employerKind) {
            this(kind, startDate, months, birthDate, fullTime, employerKind, Application.Terms.NONE, 0);
        }
    }

    private final RuleSets ruleSets;

    @Activate
    public SubsidyRules(@Reference RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The rule set in force on a subsidy's first day, if one is installed for it. */
    public Optional<RuleSet> ruleSetFor(LocalDate start) {
        return ruleSets.inForceOn(start);
    }

    /** The reasons the facts do not meet the conditions of the rules in force on the subsidy's first day, each naming its source; empty when they do. */
    public List<Reason> refusals(Facts facts) {
        return ruleSets.inForceOn(facts.startDate()).map(r -> refusals(r, facts))
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
                    employmentSubsidy55(rules, f, reasons);
                }
                case PAY_SUBSIDY -> {
                    RuleParameter kinds = param(rules, PAY_SUBSIDY_EMPLOYERS);
                    if (!Arrays.asList(kinds.value().split("\\s*,\\s*")).contains(f.employerKind())) {
                        reasons.add(Reason.of("rule.employer-kind", Reason.of("employer-kind." + f.employerKind()), kinds.value(),
                                kinds.source()));
                    }
                    paySubsidy(rules, f, reasons);
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

    /**
     * Pay subsidy by its ground: the percentage of the pay costs and the monthly cap bound the
     * amount, the ground its length; a municipality only for reduced work ability or a long-term
     * unemployed person of the age the rules say; the association ground only for a third-sector
     * employer and part-time work.
     */
    private static void paySubsidy(RuleSet rules, Facts f, List<Reason> reasons) {
        Application.Terms t = f.terms();
        RuleParameter grounds = param(rules, RuleKeys.PAY_SUBSIDY_GROUNDS);
        if (t.ground() == null || t.payCostCents() == null) {
            reasons.add(Reason.of("rule.terms-missing", Reason.kind(f.kind())));
            return;
        }
        String[] terms = null;
        for (String g : grounds.value().split("\\s*,\\s*")) {
            String[] parts = g.split(":");
            if (parts.length == 4 && parts[0].equals(t.ground())) {
                terms = parts;
            }
        }
        if (terms == null) {
            reasons.add(Reason.of("rule.ground", Reason.of("ground." + t.ground()), grounds.value(), grounds.source()));
            return;
        }
        int percent = integer(terms[1], grounds);
        long cap = integer(terms[2], grounds);
        int maxMonths = integer(terms[3], grounds);
        amountAndLength(f, percent, cap, maxMonths, Reason.of("ground." + t.ground()), grounds.source(), reasons);
        if ("municipality".equals(f.employerKind())) {
            RuleParameter ground = param(rules, RuleKeys.PAY_SUBSIDY_MUNICIPALITY_GROUND);
            RuleParameter age = param(rules, RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_AGE);
            RuleParameter months = param(rules, RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_UNEMPLOYED_MONTHS);
            boolean reduced = ground.value().equals(t.ground());
            boolean longTermOld = f.birthDate() != null && t.unemployedMonths() != null
                    && Period.between(f.birthDate(), f.startDate()).getYears() >= number(age) && t.unemployedMonths() >= number(months);
            if (!reduced && !longTermOld) {
                reasons.add(Reason.of("rule.municipality", age.value(), months.value(), age.source()));
            }
        }
        if ("association".equals(t.ground())) {
            RuleParameter most = param(rules, RuleKeys.PAY_SUBSIDY_ASSOCIATION_MAX_WORK_TIME_PERCENT);
            if (!"third-sector".equals(f.employerKind())) {
                reasons.add(Reason.of("rule.association-employer", most.source()));
            }
            if (t.workTimePercent() == null || t.workTimePercent() > number(most)) {
                reasons.add(Reason.of("rule.association-work-time", most.value(), t.workTimePercent() == null ? "-" : t.workTimePercent(),
                        most.source()));
            }
        }
    }

    /** The 55+ subsidy: unemployed long enough, enough hours, a percentage and cap, a length not beyond the employment's. */
    private static void employmentSubsidy55(RuleSet rules, Facts f, List<Reason> reasons) {
        Application.Terms t = f.terms();
        if (t.payCostCents() == null || t.weeklyHours() == null || t.unemployedMonths() == null) {
            reasons.add(Reason.of("rule.terms-missing", Reason.kind(f.kind())));
            return;
        }
        RuleParameter unemployed = param(rules, RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_UNEMPLOYED_MONTHS);
        if (t.unemployedMonths() < number(unemployed)) {
            reasons.add(Reason.of("rule.unemployed-55", unemployed.value(), t.unemployedMonths(), unemployed.source()));
        }
        RuleParameter hours = param(rules, RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_WEEKLY_HOURS);
        if (t.weeklyHours() < number(hours)) {
            reasons.add(Reason.of("rule.weekly-hours", hours.value(), t.weeklyHours(), hours.source()));
        }
        RuleParameter max = param(rules, RuleKeys.EMPLOYMENT_SUBSIDY_55_MAX_MONTHS);
        if (t.employmentMonths() != null && f.months() > t.employmentMonths()) {
            reasons.add(Reason.of("rule.beyond-employment", t.employmentMonths(), f.months(), max.source()));
        }
        RuleParameter percent = param(rules, RuleKeys.EMPLOYMENT_SUBSIDY_55_PERCENT);
        RuleParameter cap = param(rules, RuleKeys.EMPLOYMENT_SUBSIDY_55_MONTHLY_CAP_CENTS);
        amountAndLength(f, number(percent), number(cap), number(max), Reason.kind(f.kind()), percent.source(), reasons);
    }

    /** At most {@code maxMonths}; at most a month's share of the pay costs, up to the cap, for each month. */
    private static void amountAndLength(Facts f, int percent, long capCents, int maxMonths, Reason what, Object source, List<Reason> reasons) {
        if (f.months() > maxMonths) {
            reasons.add(Reason.of("rule.subsidy-months", what, maxMonths, f.months(), source));
        }
        long monthly = Math.min(f.terms().payCostCents() * percent / 100, capCents);
        long most = monthly * Math.min(f.months(), maxMonths);
        if (f.requestedCents() > most) {
            reasons.add(Reason.of("rule.subsidy-amount", Money.format(most), percent, Money.format(capCents), Money.format(f.requestedCents()), source));
        }
    }

    private static int integer(String value, RuleParameter p) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new MissingParameterException(p.key());
        }
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
