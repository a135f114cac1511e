package fi.polku.multisector.internal;

import fi.polku.api.time.FinnishCalendar;
import fi.polku.multisector.internal.MultisectorRules.Deadlines;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the co-operation owes a referred customer next, and by when: the joint assessment after the
 * referral, the joint plan after an assessment that found the need, then the plan's follow-ups.
 * Each deadline is counted by the rules in force on the day of the event it runs from.
 */
public record NextStep(String step, LocalDate due, boolean overdue) {
    public static final String ASSESSMENT = "assessment";
    public static final String PLAN = "plan";
    public static final String REVIEW = "review";

    /** The latest of each kind for one referral; null where there is none. */
    record Facts(LocalDate referredOn, LocalDate assessedOn, String outcome, LocalDate planAgreedOn, LocalDate planNextReview,
            LocalDate followUpHeldOn, LocalDate followUpNextReview) {}

    /** Empty when nothing is owed (the assessment found no need) or no rules were in force. */
    static Optional<NextStep> of(Facts f, Function<LocalDate, Optional<Deadlines>> rules, LocalDate today) {
        if (f.assessedOn() == null) {
            return rules.apply(f.referredOn()).map(r -> step(ASSESSMENT, FinnishCalendar.plusMonthsLimit(f.referredOn(), r.assessment().months()), today));
        }
        if (!"multisectoral".equals(f.outcome())) {
            return Optional.empty();
        }
        if (f.planAgreedOn() == null || f.planAgreedOn().isBefore(f.assessedOn())) {
            return rules.apply(f.assessedOn()).map(r -> step(PLAN, FinnishCalendar.plusMonthsLimit(f.assessedOn(), r.plan().months()), today));
        }
        boolean followedUp = f.followUpHeldOn() != null && !f.followUpHeldOn().isBefore(f.planAgreedOn()) && f.followUpNextReview() != null;
        return Optional.of(step(REVIEW, followedUp ? f.followUpNextReview() : f.planNextReview(), today));
    }

    private static NextStep step(String step, LocalDate due, LocalDate today) {
        return new NextStep(step, due, due.isBefore(today));
    }
}
