package fi.polku.rules.r2026.internal;

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

class Rules2026Test {
    static RuleConfig2026 defaults() {
        return (RuleConfig2026) Proxy.newProxyInstance(RuleConfig2026.class.getClassLoader(), new Class<?>[] {RuleConfig2026.class},
                (proxy, method, args) -> method.getDefaultValue());
    }

    private final Rules2026 rules = new Rules2026(defaults());

    @Test
    void supplementaryInterviewsAreNeedBasedSoNotScheduled() {
        List<String> ids = rules.schedule(LocalDate.parse("2026-03-02")).stream().map(ScheduledStep::step).toList();
        assertEquals(List.of("initial-interview", "job-search-interview-3m", "municipal-liability-100"), ids);
        assertTrue(rules.parameters().stream().anyMatch(p -> p.key().equals("supplementary-interviews.rule") && p.value().equals("need-based")));
    }

    // The 100th paid benefit day: the 107th weekday, after a waiting period of 7 days (HE 73/2023; Kela: benefit is paid Monday to Friday).
    @ParameterizedTest(name = "start {0}: initial interview by {1}, job-search interview by {2}, 100 benefit days on {3}")
    @CsvSource({
        "2026-03-02, 2026-03-16, 2026-06-16, 2026-07-28",   // Monday start: ten business days = two weeks
        "2026-01-01, 2026-01-16, 2026-04-16, 2026-05-29",   // New Year's Day start; Epiphany Tuesday 6 January not counted
        "2026-03-30, 2026-04-15, 2026-07-15, 2026-08-25",   // over Easter 2026 (Good Friday 3 April, Easter Monday 6 April)
        "2026-06-10, 2026-06-25, 2026-09-25, 2026-11-05",   // over Midsummer Eve 19 June 2026
        "2026-12-18, 2027-01-07, 2027-04-07, 2027-05-17",   // over Christmas, New Year and Epiphany (Wednesday 6 January 2027)
    })
    void goldenDates(LocalDate start, LocalDate initial, LocalDate jobSearch, LocalDate liability) {
        List<ScheduledStep> s = rules.schedule(start);
        assertEquals(initial, s.get(0).due());
        assertEquals(jobSearch, s.get(1).due());
        assertEquals(liability, s.get(2).due());
    }

    @Test
    void initialInterviewDeadlineIsTenBusinessDaysWithItsSource() {
        assertEquals("10", rules.parameters().stream().filter(p -> p.key().equals("initial-interview.business-days")).findFirst().orElseThrow().value());
        assertEquals("HE 108/2025", rules.schedule(LocalDate.parse("2026-02-02")).get(0).source().statute());
        assertEquals(LocalDate.parse("2026-01-01"), rules.effectiveFrom());
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
