package fi.polku.multisector.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.multisector.internal.MultisectorRules.Deadline;
import fi.polku.multisector.internal.MultisectorRules.Deadlines;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NextStepTest {
    private static final LocalDate V2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate V2027 = LocalDate.of(2027, 1, 1);
    /** 3/1/3 months from 2025, 2/1/6 from 2027: each deadline by the version in force on its event's day. */
    private static final Function<LocalDate, Optional<Deadlines>> RULES = day -> day.isBefore(V2025) ? Optional.empty()
            : Optional.of(day.isBefore(V2027)
                    ? new Deadlines(V2025, new Deadline(3, "Act 381/2023", false), new Deadline(1, "Act 381/2023", false), new Deadline(3, "x", false))
                    : new Deadlines(V2027, new Deadline(2, "Act 381/2023", false), new Deadline(1, "Act 381/2023", false), new Deadline(6, "x", false)));
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void theAssessmentIsDueByTheRulesOfTheReferralsDay() {
        NextStep s = NextStep.of(new NextStep.Facts(LocalDate.of(2026, 12, 15), null, null, null, null, null, null), RULES, TODAY).orElseThrow();
        assertEquals(NextStep.ASSESSMENT, s.step());
        assertEquals(LocalDate.of(2027, 3, 15), s.due(), "three months: the 2025 version, in force on the referral's day");
        assertFalse(s.overdue());
        NextStep later = NextStep.of(new NextStep.Facts(LocalDate.of(2027, 1, 4), null, null, null, null, null, null), RULES, TODAY).orElseThrow();
        assertEquals(LocalDate.of(2027, 3, 4), later.due(), "two months: the 2027 version");
    }

    @Test
    void aFoundNeedOwesThePlanThenTheReviewsAndNoNeedOwesNothing() {
        NextStep plan = NextStep.of(new NextStep.Facts(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 12), "multisectoral", null, null, null, null),
                RULES, TODAY).orElseThrow();
        assertEquals(NextStep.PLAN, plan.step());
        assertEquals(LocalDate.of(2027, 2, 12), plan.due());
        assertTrue(plan.overdue());
        assertTrue(NextStep.of(new NextStep.Facts(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 12), "other-services", null, null, null, null),
                RULES, TODAY).isEmpty());
        NextStep review = NextStep.of(new NextStep.Facts(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1), "multisectoral",
                LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 10), null, null), RULES, TODAY).orElseThrow();
        assertEquals(new NextStep(NextStep.REVIEW, LocalDate.of(2027, 3, 10), false), review);
        NextStep followedUp = NextStep.of(new NextStep.Facts(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1), "multisectoral",
                LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 10), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 1)), RULES, TODAY).orElseThrow();
        assertEquals(LocalDate.of(2027, 5, 1), followedUp.due(), "a follow-up after the plan sets the next review");
    }

    @Test
    void aNewAssessmentAfterThePlanOwesANewPlan() {
        NextStep s = NextStep.of(new NextStep.Facts(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 2, 20), "multisectoral",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), null, null), RULES, TODAY).orElseThrow();
        assertEquals(NextStep.PLAN, s.step());
    }
}
