package fi.polku.trials.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of the law on a trial, by the rule set in force on its first day: a person's work
 * trials with one organiser and in all (earlier trials counted by their days: the agreed period,
 * or up to the interruption), the hours a day and days a week, and an education trial's days.
 * Months are calendar months from the new trial's first day. Pure: unit-tested without a framework.
 */
final class Limits {
    private Limits() {}

    /** Days the person has already spent (or agreed to spend) in work trials: with this organiser, and in all. */
    record Used(long withOrganiser, long inAll) {}

    static List<Refusal> refusals(RuleSet r, TrialInput.Valid t, Used used) {
        List<Refusal> reasons = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(t.startsOn(), t.endsOn()) + 1;
        if (t.work()) {
            long perOrganiser = allowance(t.startsOn(), r.maxMonthsPerOrganiser().value());
            if (used.withOrganiser() + days > perOrganiser) {
                reasons.add(new Refusal("rule.organiser-months", r.maxMonthsPerOrganiser().value(), used.withOrganiser(), days,
                        r.maxMonthsPerOrganiser().cite()));
            }
            long total = allowance(t.startsOn(), r.maxMonthsTotal().value());
            if (used.inAll() + days > total) {
                reasons.add(new Refusal("rule.total-months", r.maxMonthsTotal().value(), used.inAll(), days, r.maxMonthsTotal().cite()));
            }
            BigDecimal hours = t.hoursPerDay();
            if (hours.compareTo(BigDecimal.valueOf(r.minHoursPerDay().value())) < 0 || hours.compareTo(BigDecimal.valueOf(r.maxHoursPerDay().value())) > 0) {
                reasons.add(new Refusal("rule.hours", r.minHoursPerDay().value(), r.maxHoursPerDay().value(), hours.stripTrailingZeros().toPlainString(),
                        r.minHoursPerDay().cite()));
            }
            if (t.daysPerWeek() > r.maxDaysPerWeek().value()) {
                reasons.add(new Refusal("rule.days-per-week", r.maxDaysPerWeek().value(), t.daysPerWeek(), r.maxDaysPerWeek().cite()));
            }
        } else if (t.trialDays() > r.educationMaxDays().value()) {
            reasons.add(new Refusal("rule.education-days", r.educationMaxDays().value(), t.trialDays(), r.educationMaxDays().cite()));
        }
        return reasons;
    }

    /** The days in {@code months} calendar months from {@code start} (six months from 1 Feb: 181 days, to 31 Jul). */
    static long allowance(LocalDate start, int months) {
        return ChronoUnit.DAYS.between(start, start.plusMonths(months));
    }
}
