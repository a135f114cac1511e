package fi.polku.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayScheduleTest {
    private static final LegalSource TEST = LegalSource.of("test", "test", "test");

    @Test
    void aDeadlineALaterVersionShortensToBeforeItsDayIsDueOnThatDay() {
        // Started Monday 16.11.2026: 10 business days gives 30.11., 5 gives 23.11.; the shorter rule takes force on 25.11.
        RuleSet ten = rules("ten", LocalDate.of(2025, 1, 1), 10);
        RuleSet five = rules("five", LocalDate.of(2026, 11, 25), 5);
        List<RuledStep> steps = DaySchedule.compose(List.of(ten, five), LocalDate.of(2026, 11, 16), null);
        assertEquals(1, steps.size(), steps.toString());
        assertEquals(LocalDate.of(2026, 11, 25), steps.get(0).step().deadline());
        assertEquals("five", steps.get(0).ruleSet());
    }

    @Test
    void aDeadlineDueBeforeTheChangeStaysWithTheEarlierVersionAndALaterOneWithTheLater() {
        RuleSet ten = rules("ten", LocalDate.of(2025, 1, 1), 10);
        RuleSet five = rules("five", LocalDate.of(2026, 11, 25), 5);
        List<RuledStep> early = DaySchedule.compose(List.of(ten, five), LocalDate.of(2026, 11, 2), null);
        assertEquals(List.of(LocalDate.of(2026, 11, 16)), early.stream().map(s -> s.step().deadline()).toList());
        assertEquals("ten", early.get(0).ruleSet());
        List<RuledStep> late = DaySchedule.compose(List.of(ten, five), LocalDate.of(2026, 11, 20), null);
        assertEquals(List.of(LocalDate.of(2026, 11, 27)), late.stream().map(s -> s.step().deadline()).toList());
        assertEquals("five", late.get(0).ruleSet());
    }

    private static RuleSet rules(String id, LocalDate from, int days) {
        return new RuleSet() {
            @Override public String id() { return id; }
            @Override public String title() { return id; }
            @Override public LocalDate effectiveFrom() { return from; }
            @Override public List<RuleParameter> parameters() {
                return List.of(RuleParameter.of(RuleKeys.TRANSITION_PERIODS_UNDER_WAY, RuleKeys.RULES_OF_THE_DAY, "", TEST));
            }
            @Override public List<ScheduledStep> schedule(LocalDate start) { return List.of(StandardSteps.initialInterview(start, days, TEST)); }
        };
    }
}
