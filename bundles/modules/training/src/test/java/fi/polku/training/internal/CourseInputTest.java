package fi.polku.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseInputTest {
    private static CourseInput course(String kind, Boolean degreeAim, Long price, Long share, String businessId) {
        return new CourseInput("Logistiikka", kind, "rekry", "Ekami", "ekami", "fi", "kotka", 16, "2026-01-05", "2026-01-30", "2026-02-09",
                "2026-06-12", degreeAim, price, share, businessId);
    }

    private static Map<String, Refusal> problems(CourseInput in) {
        return in.problems(day -> day.isBefore(LocalDate.of(2025, 1, 1)) ? Optional.empty() : Optional.of(Fixtures.rules2025()));
    }

    @Test
    void aWholeCourseIsAccepted() {
        assertEquals(Map.of(), problems(course("labour-market", false, null, null, null)));
        CourseInput.Valid v = course("labour-market", false, 1L, 1L, "x").valid();
        assertEquals(null, v.priceCents(), "joint-purchase fields are dropped for other kinds");
        assertEquals(LocalDate.of(2026, 2, 9), v.startsOn());
    }

    @Test
    void aDegreeAimIsRefusedByTheRuleInForceOnTheStartDayWithItsSource() {
        Refusal r = problems(course("labour-market", true, null, null, null)).get("degreeAim");
        assertEquals("rule.degree-aim", r.key());
        assertEquals(new RuleSet.Cite("380/2023", false, false), r.args()[0]);
    }

    @Test
    void aDegreeAimBeforeAnyRuleSetSaysThatNoRuleIsInForce() {
        CourseInput old = new CourseInput("Vanha", "labour-market", null, "Ekami", null, "fi", "kotka", 5, "2024-01-01", "2024-01-10",
                "2024-02-01", "2024-03-01", true, null, null, null);
        assertEquals("rule.no-rule-set", problems(old).get("degreeAim").key());
    }

    @Test
    void aJointPurchaseNeedsItsKindPriceAnEmployerShareBelowThePriceAndAValidBusinessId() {
        assertEquals(Map.of(), problems(course("joint-purchase", false, 60_000_00L, 18_000_00L, "0112038-9")));
        Map<String, Refusal> p = problems(course("joint-purchase", false, 60_000_00L, 60_000_00L, "0112038-8"));
        assertEquals(Set.of("employerShareCents", "employerBusinessId"), p.keySet());
        assertEquals("business-id.control", p.get("employerBusinessId").key());
        assertTrue(problems(course("joint-purchase", false, null, null, null)).keySet().containsAll(Set.of("priceCents", "employerShareCents")));
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
        CourseInput bad = new CourseInput(" ", "degree", null, "", "Not Valid!", "de", "turku", 0, "x", "2026-01-01", "2025-12-01",
                "2025-11-01", null, null, null, null);
        assertEquals(Set.of("name", "kind", "provider", "providerAccount", "language", "place", "seats", "applicationsOpen", "startsOn",
                "endsOn"), problems(bad).keySet());
        CourseInput order = course("labour-market", false, null, null, null);
        CourseInput closesFirst = new CourseInput(order.name(), order.kind(), null, order.provider(), null, "sv", "online", 3, "2026-02-01",
                "2026-01-01", "2026-01-15", "2026-01-20", false, null, null, null);
        assertEquals(Set.of("applicationsClose"), problems(closesFirst).keySet());
    }
}
