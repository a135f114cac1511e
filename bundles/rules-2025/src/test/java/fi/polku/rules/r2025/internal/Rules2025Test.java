package fi.polku.rules.r2025.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.ScheduledStep;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rules2025Test {
    /** The rule set with its default configuration: the values of the law. */
    static RuleConfig2025 defaults() {
        return (RuleConfig2025) Proxy.newProxyInstance(RuleConfig2025.class.getClassLoader(), new Class<?>[] {RuleConfig2025.class},
                (proxy, method, args) -> method.getDefaultValue());
    }

    private final Rules2025 rules = new Rules2025(defaults());

    private Map<String, ScheduledStep> schedule(String start) {
        return rules.schedule(LocalDate.parse(start)).stream().collect(Collectors.toMap(ScheduledStep::step, Function.identity()));
    }

    @Test
    void goldenScheduleForAMondayStart() {
        Map<String, ScheduledStep> s = schedule("2025-03-03");
        assertEquals(LocalDate.parse("2025-03-10"), s.get("initial-interview").due());
        // Five windows over the three months after the initial interview (11 March - 10 June, 92 days).
        assertEquals("2025-03-11..2025-03-28", window(s.get("supplementary-interview-1")));
        assertEquals("2025-03-29..2025-04-15", window(s.get("supplementary-interview-2")));
        assertEquals("2025-04-16..2025-05-04", window(s.get("supplementary-interview-3")));
        assertEquals("2025-05-05..2025-05-22", window(s.get("supplementary-interview-4")));
        assertEquals("2025-05-23..2025-06-10", window(s.get("supplementary-interview-5")));
        assertEquals(LocalDate.parse("2025-06-10"), s.get("job-search-interview-3m").due());
        assertEquals(LocalDate.parse("2025-07-29"), s.get("municipal-liability-100").due()); // the 100th paid day: the 107th weekday from Mon 3 March, after 7 days of waiting period (HE 73/2023)
    }

    @Test
    void stepsComeInOrderWithStableIds() {
        List<String> ids = rules.schedule(LocalDate.parse("2025-03-03")).stream().map(ScheduledStep::step).toList();
        assertEquals(List.of("initial-interview", "supplementary-interview-1", "supplementary-interview-2", "supplementary-interview-3",
                "supplementary-interview-4", "supplementary-interview-5", "job-search-interview-3m", "municipal-liability-100"), ids);
    }

    @ParameterizedTest(name = "start {0}: initial interview by {1}, 3-month interview by {2}")
    @CsvSource({
        "2025-04-16, 2025-04-25, 2025-07-25",   // over Easter
        "2025-06-18, 2025-06-26, 2025-09-26",   // over Midsummer
        "2025-12-19, 2025-12-31, 2026-03-31",   // over Christmas (start in 2025: rule set 2025 applies)
        "2025-03-13, 2025-03-20, 2025-06-23",   // 20 June 2025 is Midsummer Eve: the 3-month limit moves to Monday
        "2025-01-01, 2025-01-09, 2025-04-09",   // a start on New Year's Day; Epiphany on Monday 6 January
        "2025-11-30, 2025-12-05, 2026-03-05",   // a Sunday start
        "2025-08-22, 2025-08-29, 2025-12-01",   // 29 November 2025 is a Saturday
        "2025-09-17, 2025-09-24, 2025-12-29",   // 24 December is Christmas Eve, then Christmas and a weekend
    })
    void boundaryDates(LocalDate start, LocalDate initial, LocalDate threeMonths) {
        Map<String, ScheduledStep> s = schedule(start.toString());
        assertEquals(initial, s.get("initial-interview").due());
        assertEquals(threeMonths, s.get("job-search-interview-3m").due());
    }

    @Test
    void supplementaryWindowsCoverThreeMonthsAfterTheInitialInterviewWithoutGapsOrOverlaps() {
        for (LocalDate start = LocalDate.parse("2025-01-01"); start.getYear() == 2025; start = start.plusDays(1)) {
            List<ScheduledStep> windows = rules.schedule(start).stream().filter(x -> x.step().startsWith("supplementary")).toList();
            assertEquals(5, windows.size());
            LocalDate initial = schedule(start.toString()).get("initial-interview").due();
            assertEquals(initial.plusDays(1), windows.get(0).from(), "first window opens after the initial interview");
            assertEquals(schedule(start.toString()).get("job-search-interview-3m").due(), windows.get(4).to(),
                    "last window closes with the three-month limit (a business day) after the initial interview");
            for (int i = 1; i < 5; i++) {
                assertEquals(windows.get(i - 1).to().plusDays(1), windows.get(i).from());
            }
        }
    }

    @Test
    void everyStepAndParameterNamesItsSource() {
        for (ScheduledStep s : rules.schedule(LocalDate.parse("2025-05-05"))) {
            assertTrue(s.source().statute().matches("(Act|HE) \\d+/\\d{4}.*"), s.step() + ": " + s.source());
            assertTrue(!s.rule().isBlank());
        }
        for (RuleParameter p : rules.parameters()) {
            assertTrue(p.source().statute().matches("(Act|HE) \\d+/\\d{4}.*"), p.key() + ": " + p.source());
        }
        assertEquals("5", rules.parameters().stream().filter(p -> p.key().equals("initial-interview.business-days")).findFirst().orElseThrow().value());
    }

    @Test
    void stepsCountFromTheDayTheInitialInterviewWasHeld() {
        LocalDate start = LocalDate.parse("2025-03-03");
        List<ScheduledStep> planned = rules.schedule(start);
        List<ScheduledStep> held = rules.schedule(start, LocalDate.parse("2025-03-05")); // held early, on Wednesday
        assertEquals(planned.get(0), held.get(0), "the initial interview's own deadline does not move");
        assertEquals(LocalDate.parse("2025-03-06"), held.get(1).from());
        assertEquals(LocalDate.parse("2025-06-05"), held.get(6).due(), "three months from the day it was held");
        assertEquals(held.get(6).due(), held.get(5).to());
        assertEquals(planned.get(7), held.get(7), "benefit days count from the start of the job search");
    }

    @Test
    void mistypedParametersStopTheRuleSetWithAReason() {
        RuleConfig2025 zero = (RuleConfig2025) Proxy.newProxyInstance(RuleConfig2025.class.getClassLoader(), new Class<?>[] {RuleConfig2025.class},
                (proxy, method, args) -> method.getName().equals("initialInterview_businessDays") ? 0 : method.getDefaultValue());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Rules2025(zero));
        assertTrue(e.getMessage().contains("initialInterview.businessDays"));
    }

    @Test
    void effectiveFromIsConfigured() {
        assertEquals(LocalDate.parse("2025-01-01"), rules.effectiveFrom());
        assertEquals("2025", rules.id());
    }

    private static String window(ScheduledStep s) {
        return s.from() + ".." + s.to();
    }

    /** The subsidy thresholds the subsidies module reads are data of the rule set, each with its source. */
    @Test
    void subsidyThresholdsAreParametersWithSources() {
        Map<String, RuleParameter> p = rules.parameters().stream().collect(Collectors.toMap(RuleParameter::key, Function.identity()));
        assertEquals("55", p.get("employment-subsidy-55.min-age").value());
        assertEquals("12", p.get("start-up-grant.max-months").value());
        assertEquals("true", p.get("start-up-grant.full-time-required").value());
        assertEquals("company, municipality, public-body, third-sector", p.get("pay-subsidy.employer-kinds").value(), "the State is not among them");
        // Työmarkkinatori, 'Palkkatuki': 50 % (cap 1 260 €), 70 % for reduced work ability (1 770 €), 100 % for associations (2 020 €).
        assertEquals("general:50:126000:10, reduced-work-ability:70:177000:24, association:100:202000:12", p.get("pay-subsidy.grounds").value());
        // Työmarkkinatori, '55 vuotta täyttäneiden työllistämistuki': 24 of 28 months, 70 %, 1 770 €, 10 months, 25 hours a week.
        assertEquals(List.of("24", "70", "177000", "10", "25"), java.util.stream.Stream.of("min-unemployed-months", "percent", "monthly-cap-cents",
                "max-months", "min-weekly-hours").map(k -> p.get("employment-subsidy-55." + k).value()).toList());
        assertTrue(p.get("pay-subsidy.grounds").source().note().contains("UNVERIFIED"), "the durations not found are marked");
        for (String key : List.of("employment-subsidy-55.min-age", "start-up-grant.max-months", "pay-subsidy.employer-kinds")) {
            assertTrue(p.get(key).source().note().contains("to be confirmed"), key + ": section numbers are not invented");
        }
    }
}
