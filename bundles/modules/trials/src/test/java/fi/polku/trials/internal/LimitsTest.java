package fi.polku.trials.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final String SRC = "Act 380/2023 | a provision | a note";
    private static final RuleSet RULES = new RuleSet(LocalDate.of(2025, 1, 1), new RuleSet.Param("workTrial.maxMonthsPerOrganiser", 6, SRC, false),
            new RuleSet.Param("workTrial.maxMonthsTotal", 12, SRC, false), new RuleSet.Param("workTrial.minHoursPerDay", 4, SRC, false),
            new RuleSet.Param("workTrial.maxHoursPerDay", 8, SRC, false), new RuleSet.Param("workTrial.maxDaysPerWeek", 5, SRC, false),
            new RuleSet.Param("educationTrial.maxDays", 10, SRC, false));

    private static TrialInput.Valid work(String start, String end, String hours, int days) {
        return new TrialInput.Valid("work-trial", "Satama Oy", "0112038-9", null, "return-to-work", "grounds", "tasks", new BigDecimal(hours), days,
                null, LocalDate.parse(start), LocalDate.parse(end), true);
    }

    private static List<String> keys(List<Refusal> r) {
        return r.stream().map(Refusal::key).toList();
    }

    @Test
    void sixCalendarMonthsWithOneOrganiserFitAndADayMoreDoesNot() {
        assertEquals(181, Limits.allowance(LocalDate.of(2026, 2, 1), 6));
        assertEquals(List.of(), keys(Limits.refusals(RULES, work("2026-02-01", "2026-07-31", "6", 5), new Limits.Used(0, 0))));
        assertEquals(List.of("rule.organiser-months"), keys(Limits.refusals(RULES, work("2026-02-01", "2026-08-01", "6", 5), new Limits.Used(0, 0))));
    }

    @Test
    void earlierTrialsCountPerOrganiserAndInAll() {
        List<Refusal> r = Limits.refusals(RULES, work("2026-02-01", "2026-03-31", "6", 5), new Limits.Used(130, 330));
        assertEquals(List.of("rule.organiser-months", "rule.total-months"), keys(r));
        assertEquals(130L, r.get(0).args()[1]);
        assertEquals(59L, r.get(0).args()[2]);
        assertEquals(new RuleSet.Cite("380/2023", false, false), r.get(0).args()[3]);
    }

    @Test
    void hoursAndDaysAreWithinTheirLimits() {
        assertEquals(List.of("rule.hours", "rule.days-per-week"), keys(Limits.refusals(RULES, work("2026-02-01", "2026-02-28", "3.5", 6),
                new Limits.Used(0, 0))));
        assertEquals(List.of("rule.hours"), keys(Limits.refusals(RULES, work("2026-02-01", "2026-02-28", "8.5", 5), new Limits.Used(0, 0))));
        assertEquals(List.of(), keys(Limits.refusals(RULES, work("2026-02-01", "2026-02-28", "4", 1), new Limits.Used(0, 0))));
    }

    @Test
    void anEducationTrialCountsItsDays() {
        TrialInput.Valid edu = new TrialInput.Valid("education-trial", "Ekami", "0112038-9", "ekami", "career-options", "g", "t", null, null, 11,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-16"), false);
        assertEquals(List.of("rule.education-days"), keys(Limits.refusals(RULES, edu, new Limits.Used(0, 0))));
    }
}
