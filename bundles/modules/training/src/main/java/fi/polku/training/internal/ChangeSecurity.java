package fi.polku.training.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions of change-security training (muutosturvakoulutus) for a person dismissed at 55
 * or more: checked when the person applies to such a course, from the customer's answers (the
 * dismissal's day and grounds, the years with that employer) and what the core knows (age on the
 * dismissal day, the job search's start). A pure function of the rule set in force on the day of
 * the dismissal; each refusal quotes its parameter and source.
 */
final class ChangeSecurity {
    private ChangeSecurity() {}

    /** The customer's answers, as the caseworker recorded them. */
    record Answers(LocalDate dismissedOn, String grounds, int employmentYears, boolean weightyReasonForLateRegistration) {}

    static List<Refusal> refusals(RuleSet rules, Answers a, int ageOnDismissal, Optional<LocalDate> jobSearchStart) {
        List<Refusal> reasons = new ArrayList<>();
        if (!rules.grounds().value().equals(a.grounds())) {
            reasons.add(new Refusal("rule.change-security.grounds", rules.grounds().cite()));
        }
        if (ageOnDismissal < rules.minAge().value()) {
            reasons.add(new Refusal("rule.change-security.age", rules.minAge().value(), ageOnDismissal, rules.minAge().cite()));
        }
        if (a.employmentYears() < rules.minEmploymentYears().value()) {
            reasons.add(new Refusal("rule.change-security.years", rules.minEmploymentYears().value(), a.employmentYears(),
                    rules.minEmploymentYears().cite()));
        }
        if (jobSearchStart.isEmpty()) {
            reasons.add(new Refusal("rule.change-security.no-job-search"));
        } else if (!a.weightyReasonForLateRegistration()) {
            long days = ChronoUnit.DAYS.between(a.dismissedOn(), jobSearchStart.get());
            if (days > rules.registrationDays().value()) {
                reasons.add(new Refusal("rule.change-security.registration", rules.registrationDays().value(), days,
                        rules.registrationDays().cite()));
            }
        }
        return reasons;
    }
}
