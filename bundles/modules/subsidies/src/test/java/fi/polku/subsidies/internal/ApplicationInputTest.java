package fi.polku.subsidies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rest.Problem;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationInputTest {
    private static final String CUSTOMER = "3f2b8c1e-9a4d-4c1b-8e2f-1a2b3c4d5e6f";
    private final SubsidyRules rules = new SubsidyRules(new RuleSets() {
        public Optional<RuleSet> forStart(LocalDate start) {
            return start.getYear() >= 2025 ? Optional.of(SubsidyRulesTest.ruleSet("2025")) : Optional.empty();
        }

        public List<RuleSet> all() { return List.of(); }
    });

    private static final CatalogueMessages M = CatalogueMessages.INSTANCE;

    /** The fields at fault, in English. */
    private Map<String, String> fields(ApplicationInput in) {
        Problem e = assertThrows(Problem.class, () -> in.toApplication(rules, "caseworker", Instant.now(), M));
        assertEquals(400, e.status());
        Map<String, String> en = new java.util.LinkedHashMap<>();
        e.fields().forEach((field, texts) -> en.put(field, texts.get("en")));
        return en;
    }

    private static ApplicationInput pay(String employer, String kind, Boolean apprenticeship, String ground, Integer workTime) {
        return new ApplicationInput("pay-subsidy", CUSTOMER, "0112038-9", employer, kind, apprenticeship, null, null, 1_200_00L, 6, "2026-02-01",
                ground, 2_000_00L, null, workTime, null, null);
    }

    @Test
    void aCompanysPaySubsidyIsPrioritised() {
        Application a = pay("Oy Esimerkki Ab", "company", null, "general", null).toApplication(rules, "caseworker", Instant.now(), M);
        assertTrue(a.priority());
        assertEquals("pending", a.status());
        assertEquals("general", a.terms().ground());
        Application association = pay("Yhdistys ry", "third-sector", false, "association", 60).toApplication(rules, "caseworker", Instant.now(), M);
        assertFalse(association.priority());
        Application apprentice = pay("Yhdistys ry", "third-sector", true, "general", null).toApplication(rules, "caseworker", Instant.now(), M);
        assertTrue(apprentice.priority());
    }

    /** The terms are asked where a rule needs them, and only there. */
    @Test
    void theTermsAreAskedWhereTheRulesNeedThem() {
        Map<String, String> f = fields(new ApplicationInput("pay-subsidy", CUSTOMER, "0112038-9", "Kotkan kaupunki", "municipality", null, null,
                null, 1_200_00L, 6, "2026-02-01", "general", 2_000_00L, 30, 50, null, 12));
        assertEquals(List.of("birthDate", "workTimePercent", "weeklyHours", "unemployedMonths", "employmentMonths"), List.copyOf(f.keySet()),
                f.toString());
        Map<String, String> e55 = fields(new ApplicationInput("employment-subsidy-55", CUSTOMER, "0112038-9", "Oy", "company", null, "1965-05-05",
                null, 100L, 6, "2026-01-01", "general", null, 0, null, 29, 0));
        assertEquals(List.of("ground", "payCostCents", "weeklyHours", "unemployedMonths", "employmentMonths"), List.copyOf(e55.keySet()), e55.toString());
        assertTrue(fields(new ApplicationInput("travel-compensation", CUSTOMER, null, null, null, null, null, null, 100L, null, "2026-01-01",
                null, 100L, null, null, null, null)).get("payCostCents").contains("not asked"));
    }

    @Test
    void everyWrongFieldIsNamedWithWhatToFix() {
        Map<String, String> f = fields(new ApplicationInput("pay-subsidy", "nobody", "0112038-8", " ", "charity", null, "1960-01-01", true,
                0L, 0, "2024-12-31"));
        assertEquals(List.of("customerId", "requestedCents", "months", "startDate", "employerBusinessId", "employerName", "employerKind",
                "birthDate", "ground", "payCostCents", "fullTime"), List.copyOf(f.keySet()));
        assertTrue(f.get("employerBusinessId").contains("control digit"));
        assertTrue(f.get("startDate").contains("No rule set is in force on 2024-12-31"));
        assertTrue(fields(new ApplicationInput("bonus", CUSTOMER, null, null, null, null, null, null, 100L, 1, "2026-01-01"))
                .get("kind").contains("pay subsidy, employment subsidy for people aged 55+"));
    }

    @Test
    void anEmptyApplicationIsBadInputNotAnError() {
        Map<String, String> f = fields(new ApplicationInput("pay-subsidy", null, null, null, null, null, null, null, null, null, null));
        assertTrue(f.keySet().containsAll(List.of("customerId", "requestedCents", "months", "startDate", "employerBusinessId", "employerName",
                "employerKind")), f.toString());
        assertTrue(fields(new ApplicationInput(null, null, null, null, null, null, null, null, null, null, null)).containsKey("kind"));
    }

    @Test
    void theBirthDateIsAskedOnlyWhereAnAgeRuleNeedsIt() {
        assertTrue(fields(new ApplicationInput("employment-subsidy-55", CUSTOMER, "0112038-9", "Oy", "company", null, null, null, 100L,
                12, "2026-01-01")).containsKey("birthDate"));
        Application a = new ApplicationInput("employment-subsidy-55", CUSTOMER, "0112038-9", "Oy", "company", null, "1965-05-05", null,
                100L, 12, "2026-01-01", null, 2_000_00L, 30, null, 25, null).toApplication(rules, "caseworker", Instant.now(), M);
        assertEquals(LocalDate.parse("1965-05-05"), a.birthDate());
        assertTrue(fields(new ApplicationInput("travel-compensation", CUSTOMER, null, null, null, null, "1965-05-05", null, 100L, null,
                "2026-01-01")).containsKey("birthDate"));
    }

    @Test
    void startUpGrantAsksWhetherFullTimeAndCompensationsNeedNoEmployer() {
        assertTrue(fields(new ApplicationInput("start-up-grant", CUSTOMER, null, null, null, null, null, null, 100L, 6, "2026-01-01"))
                .containsKey("fullTime"));
        assertTrue(fields(new ApplicationInput("cost-compensation", CUSTOMER, "0112038-9", null, null, null, null, null, 100L, null,
                "2026-01-01")).get("employerBusinessId").contains("paid to the person"));
        Application travel = new ApplicationInput("travel-compensation", CUSTOMER, null, null, null, null, null, null, 4_50L, null,
                "2026-01-01").toApplication(rules, "caseworker", Instant.now(), M);
        assertEquals(1, travel.months());
    }

    @Test
    void decisionsGiveReasonsAndGrantNoMoreThanAppliedFor() {
        assertThrows(Problem.class, () -> new DecisionRequest("refused", null, " ").checked(M));
        assertThrows(Problem.class, () -> new DecisionRequest("maybe", null, "x").checked(M));
        assertThrows(Problem.class, () -> new DecisionRequest(null, null, null).checked(M));
        assertThrows(Problem.class, () -> new DecisionRequest("partly", null, "budget").checked(M));
        Application a = new ApplicationInput("travel-compensation", CUSTOMER, null, null, null, null, null, null, 100_00L, null,
                "2026-01-01").toApplication(rules, "caseworker", Instant.now(), M);
        assertEquals(100_00L, new DecisionRequest("granted", null, null).checked(M).grantedCents(a, M));
        assertEquals(40_00L, new DecisionRequest("partly", 40_00L, "only the bus fare").checked(M).grantedCents(a, M));
        assertThrows(Problem.class, () -> new DecisionRequest("partly", 100_00L, "x").checked(M).grantedCents(a, M));
        assertThrows(Problem.class, () -> new DecisionRequest("granted", 1L, null).checked(M).grantedCents(a, M));
        assertEquals(0, new DecisionRequest("refused", null, "not a service of the plan").checked(M).grantedCents(a, M));
        assertEquals("12 345,67 €", Money.format(1_234_567));
        assertEquals("0,05 €", Money.format(5));
    }
}
