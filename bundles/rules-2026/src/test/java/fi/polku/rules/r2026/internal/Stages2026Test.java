package fi.polku.rules.r2026.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rules.DaySchedule;
import fi.polku.api.rules.NeglectConsequence;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuledStep;
import fi.polku.rules.r2025.internal.RuleConfig2025;
import fi.polku.rules.r2025.internal.Rules2025;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the three stages of the 2026 amendment and of a job search that crosses them.
 * The expected values are written from the sources named at each test, not from the code:
 * <ul>
 * <li>TEM, "Development of jobseeker's service process and employment services" (tem.fi): the
 *     stages 1.1.2026, 1.3.2026 and 1.9.2026;
 * <li>Kela's press release on the sanctions (STT info, "Työttömyystuen karenssit kiristyvät"):
 *     until 28.2.2026 a reminder, 7 days, 14 days, an employment requirement of 12 weeks; from
 *     1.3.2026 7 days, then an employment requirement of 6 weeks; counted within a year of the first;
 * <li>Vantaa employment services on the 2026 changes, and HE 108/2025 (28 §): from March 2026 the
 *     job search ends at the first missed initial or job-search interview;
 * <li>Act 150/1930 on computing time limits: the event day is not counted, months end on the
 *     corresponding day, a limit on a Saturday, Sunday or holiday moves to the next business day.
 * </ul>
 */
class Stages2026Test {
    private static final RuleConfig2026 C2026 = defaults(RuleConfig2026.class);
    private static final RuleSet JANUARY = new Rules2026(C2026);
    private static final RuleSet MARCH = new Rules2026Sanctions(C2026);
    private static final RuleSet SEPTEMBER = new Rules2026Profile(C2026);
    private static final RuleSet Y2025 = new Rules2025(defaults(RuleConfig2025.class));
    private static final List<RuleSet> ALL = List.of(SEPTEMBER, Y2025, MARCH, JANUARY);

    @SuppressWarnings("unchecked")
    static <A> A defaults(Class<A> type) {
        return (A) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> method.getDefaultValue());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theStagesComeIntoForceOnTheirDays() {
        assertEquals(List.of("2026", "2026-03", "2026-09"), List.of(JANUARY.id(), MARCH.id(), SEPTEMBER.id()));
        assertEquals(List.of(d("2026-01-01"), d("2026-03-01"), d("2026-09-01")),
                List.of(JANUARY.effectiveFrom(), MARCH.effectiveFrom(), SEPTEMBER.effectiveFrom()));
    }

    /**
     * A job search started on Monday 1.12.2025 under the 2025 rules: the initial interview by
     * 8.12.2025 (five business days; Independence Day fell on a Saturday), scheduled supplementary
     * interviews only as far as they were due before 1.1.2026 (from then on they are need-based),
     * the job-search interview three months after the initial interview's deadline, 8.3.2026, a
     * Sunday, so Monday 9.3.2026, judged by the stage in force then; the job-search profile, a
     * duty from 1.9.2026, due ten business days after 31.8.2026: 14.9.2026.
     */
    @Test
    void aJobSearchFromDecember2025FollowsEachStageOnItsDay() {
        List<RuledStep> steps = DaySchedule.compose(ALL, d("2025-12-01"), null);
        Map<String, RuledStep> by = steps.stream().collect(Collectors.toMap(s -> s.step().step(), s -> s));
        assertEquals(d("2025-12-08"), by.get("initial-interview").step().due());
        assertEquals("2025", by.get("initial-interview").ruleSet());
        for (RuledStep s : steps) {
            if (s.step().step().startsWith("supplementary-interview-")) {
                assertTrue(s.step().deadline().isBefore(d("2026-01-01")), s + " is need-based from 1.1.2026");
                assertEquals("2025", s.ruleSet());
            }
        }
        assertTrue(by.containsKey("supplementary-interview-1"), "the first window ended in December 2025");
        assertFalse(by.containsKey("supplementary-interview-5"));
        assertEquals(d("2026-03-09"), by.get("job-search-interview-3m").step().due());
        assertEquals("2026-03", by.get("job-search-interview-3m").ruleSet());
        assertEquals(d("2026-09-14"), by.get("job-search-profile").step().due());
        assertEquals("2026-09", by.get("job-search-profile").ruleSet());
    }

    /** Held on Wednesday 10.12.2025: the job-search interview three months later, Tuesday 10.3.2026. */
    @Test
    void theInterviewAsHeldCountsAcrossTheStages() {
        Map<String, RuledStep> by = DaySchedule.compose(ALL, d("2025-12-01"), d("2025-12-10")).stream()
                .collect(Collectors.toMap(s -> s.step().step(), s -> s));
        assertEquals(d("2026-03-10"), by.get("job-search-interview-3m").step().due());
    }

    /** A job search started on 2.9.2026 (Wednesday): initial interview within ten business days, 16.9.2026; profile ten business days after it, 30.9.2026. */
    @Test
    void aJobSearchStartedUnderTheProfileDuty() {
        List<RuledStep> steps = DaySchedule.compose(ALL, d("2026-09-02"), null);
        Map<String, RuledStep> by = steps.stream().collect(Collectors.toMap(s -> s.step().step(), s -> s));
        assertEquals(d("2026-09-16"), by.get("initial-interview").step().due());
        assertEquals(d("2026-09-30"), by.get("job-search-profile").step().due());
        assertTrue(steps.stream().allMatch(s -> s.ruleSet().equals("2026-09")), steps.toString());
    }

    /** Rules of the start: a rule set whose transitional provision keeps the job searches under way leaves them alone. */
    @Test
    void aRuleSetThatKeepsSearchesUnderWayChangesNothingForThem() {
        RuleConfig2026 keep = (RuleConfig2026) Proxy.newProxyInstance(RuleConfig2026.class.getClassLoader(), new Class<?>[] {RuleConfig2026.class},
                (proxy, method, args) -> method.getName().equals("transition_periodsUnderWay") ? "rules-of-the-start" : method.getDefaultValue());
        List<RuledStep> steps = DaySchedule.compose(List.of(Y2025, new Rules2026(keep)), d("2025-12-01"), null);
        assertEquals(5, steps.stream().filter(s -> s.step().step().startsWith("supplementary-interview-")).count());
        assertTrue(steps.stream().allMatch(s -> s.ruleSet().equals("2025")));
    }

    // ---- neglects -------------------------------------------------------------------------

    @Test
    void beforeMarch2026TheStaggeringIsAReminderSevenDaysFourteenDaysThenTwelveWeeks() {
        List<LocalDate> earlier = List.of();
        NeglectConsequence first = JANUARY.neglect("job-applications", d("2026-01-15"), earlier).orElseThrow();
        assertTrue(first.reminder());
        assertEquals(0, first.benefitLossDays());
        NeglectConsequence second = JANUARY.neglect("missed-service", d("2026-02-02"), List.of(d("2026-01-15"))).orElseThrow();
        assertEquals(7, second.benefitLossDays());
        NeglectConsequence third = JANUARY.neglect("no-plan", d("2026-02-20"), List.of(d("2026-01-15"), d("2026-02-02"))).orElseThrow();
        assertEquals(14, third.benefitLossDays());
        NeglectConsequence fourth = Y2025.neglect("offered-job", d("2025-11-20"), List.of(d("2025-02-01"), d("2025-05-01"), d("2025-08-01"))).orElseThrow();
        assertEquals(12, fourth.employmentRequirementWeeks());
        assertEquals(4, fourth.ordinal());
        assertFalse(JANUARY.neglect("missed-interview", d("2026-02-10"), earlier).orElseThrow().jobSearchEnds(),
                "before March 2026 the job search ended only after repeated failures");
    }

    @Test
    void fromMarch2026TheFirstNeglectIsSevenDaysAndTheSecondSixWeeks() {
        NeglectConsequence first = MARCH.neglect("job-applications", d("2026-03-02"), List.of()).orElseThrow();
        assertFalse(first.reminder());
        assertEquals(7, first.benefitLossDays());
        assertEquals("2026-03", first.ruleSet());
        NeglectConsequence second = MARCH.neglect("refused-service", d("2026-05-04"), List.of(d("2026-03-02"))).orElseThrow();
        assertEquals(6, second.employmentRequirementWeeks());
        assertEquals(0, second.benefitLossDays());
    }

    @Test
    void fromMarch2026AMissedInterviewEndsTheJobSearchAtOnce() {
        NeglectConsequence c = MARCH.neglect("missed-interview", d("2026-03-10"), List.of()).orElseThrow();
        assertTrue(c.jobSearchEnds());
        assertEquals(7, c.benefitLossDays());
    }

    /** The counting period is a year from the first neglect: one on 2.3.2026, the next on 2.3.2027 begins a new period. */
    @Test
    void theCountingPeriodIsAYearFromTheFirstNeglect() {
        assertEquals(2, SEPTEMBER.neglect("job-applications", d("2027-03-01"), List.of(d("2026-03-02"))).orElseThrow().ordinal());
        assertEquals(1, SEPTEMBER.neglect("job-applications", d("2027-03-02"), List.of(d("2026-03-02"))).orElseThrow().ordinal());
    }

    @Test
    void everyStageNamesItsSourceAndTheUnverifiedChoices() {
        for (RuleSet r : List.of(JANUARY, MARCH, SEPTEMBER)) {
            assertTrue(r.parameters().stream().anyMatch(p -> p.key().equals("transition.periods-under-way") && p.source().note().contains("UNVERIFIED")), r.id());
            assertTrue(r.parameters().stream().anyMatch(p -> p.key().equals("neglect.hearing-business-days") && p.source().statute().startsWith("Act 434/2003")), r.id());
        }
        assertTrue(SEPTEMBER.parameters().stream().anyMatch(p -> p.key().equals("job-search-profile.business-days") && p.source().note().contains("UNVERIFIED")));
    }
}
