package fi.polku.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeSecurityTest {
    private static final LocalDate DISMISSED = LocalDate.of(2026, 3, 31);
    private final RuleSet rules = Fixtures.rules2025();

    private List<Refusal> check(String grounds, int years, boolean weighty, int age, LocalDate registered) {
        return ChangeSecurity.refusals(rules, new ChangeSecurity.Answers(DISMISSED, grounds, years, weighty), age, Optional.ofNullable(registered));
    }

    @Test
    void aPersonDismissedAt55AfterFiveYearsWhoRegisteredInTimeQualifies() {
        assertEquals(List.of(), check("financial-production", 5, false, 55, DISMISSED.plusDays(60)));
    }

    @Test
    void eachUnmetConditionIsNamedWithItsValueAndSource() {
        List<Refusal> r = check("other", 4, false, 54, DISMISSED.plusDays(61));
        assertEquals(List.of("rule.change-security.grounds", "rule.change-security.age", "rule.change-security.years",
                "rule.change-security.registration"), r.stream().map(Refusal::key).toList());
        Refusal age = r.get(1);
        assertEquals(55, age.args()[0]);
        assertEquals(54, age.args()[1]);
        assertEquals(new RuleSet.Cite("916/2012", false, false), age.args()[2], "the act's number, and that the value is unverified");
        assertEquals("cite.act.unverified", ((RuleSet.Cite) age.args()[2]).key());
        assertEquals("cite.act", ((RuleSet.Cite) r.get(2).args()[2]).key(), "a verified one is quoted plainly");
        assertEquals(61L, r.get(3).args()[1]);
    }

    @Test
    void aWeightyReasonExcusesLateRegistrationButNotTheRest() {
        assertEquals(List.of(), check("financial-production", 30, true, 61, DISMISSED.plusDays(200)));
    }

    @Test
    void withoutAnOpenJobSearchTheRegistrationConditionFails() {
        assertEquals(List.of("rule.change-security.no-job-search"), check("financial-production", 5, true, 60, null).stream().map(Refusal::key).toList());
    }
}
