package fi.polku.subsidies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rules.LegalSource;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.api.rules.ScheduledStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubsidyRulesTest {
    private static final LegalSource LAW = LegalSource.of("Act 380/2023", "test provision", "section number to be confirmed");
    private static final LocalDate START = LocalDate.parse("2026-03-02");

    /** A rule set with the subsidy parameters as configured, overriding some. */
    static RuleSet ruleSet(String id, String... overrides) {
        List<RuleParameter> params = new ArrayList<>();
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(SubsidyRules.MIN_AGE_55, "55");
        values.put(SubsidyRules.START_UP_MAX_MONTHS, "12");
        values.put(SubsidyRules.START_UP_FULL_TIME, "true");
        values.put(SubsidyRules.PAY_SUBSIDY_EMPLOYERS, "company, public-body, third-sector");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                values.remove(overrides[i]);
            } else {
                values.put(overrides[i], overrides[i + 1]);
            }
        }
        values.forEach((k, v) -> params.add(RuleParameter.of(k, v, "", LAW)));
        return new RuleSet() {
            public String id() { return id; }
            public String title() { return "test"; }
            public LocalDate effectiveFrom() { return LocalDate.parse("2025-01-01"); }
            public List<RuleParameter> parameters() { return params; }
            public List<ScheduledStep> schedule(LocalDate start) { return List.of(); }
        };
    }

    private static SubsidyRules.Facts facts(SubsidyKind kind, int months, LocalDate born, Boolean fullTime, String employerKind) {
        return new SubsidyRules.Facts(kind, START, months, born, fullTime, employerKind);
    }

    @Test
    void employmentSubsidyNeedsTheMinimumAgeOnTheStartDateAndNamesItsSource() {
        RuleSet r = ruleSet("2026");
        assertEquals(List.of(), en(SubsidyRules.refusals(r, facts(SubsidyKind.EMPLOYMENT_SUBSIDY_55, 12, START.minusYears(55), null, "company"))));
        List<String> young = en(SubsidyRules.refusals(r, facts(SubsidyKind.EMPLOYMENT_SUBSIDY_55, 12, START.minusYears(55).plusDays(1), null, "company")));
        assertEquals(1, young.size());
        assertTrue(young.get(0).contains("at least 55") && young.get(0).contains("the person is 54"), young.get(0));
        assertTrue(young.get(0).contains("Source: Act 380/2023, test provision (section number to be confirmed)"), young.get(0));
    }

    @Test
    void theAgeLimitIsTheRuleSetsNotTheCodes() {
        RuleSet r = ruleSet("future", SubsidyRules.MIN_AGE_55, "60");
        List<String> refused = en(SubsidyRules.refusals(r, facts(SubsidyKind.EMPLOYMENT_SUBSIDY_55, 12, START.minusYears(58), null, "company")));
        assertTrue(refused.get(0).contains("at least 60"), refused.toString());
    }

    @Test
    void startUpGrantAtMostTheMaximumMonthsAndOnlyFullTime() {
        RuleSet r = ruleSet("2026");
        assertEquals(List.of(), en(SubsidyRules.refusals(r, facts(SubsidyKind.START_UP_GRANT, 12, null, true, null))));
        List<String> both = en(SubsidyRules.refusals(r, facts(SubsidyKind.START_UP_GRANT, 13, null, false, null)));
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.get(0).contains("at most 12 months; 13 were applied for"), both.get(0));
        assertTrue(both.get(1).contains("only for full-time business. Source: Act 380/2023"), both.get(1));
        assertEquals(List.of(), en(SubsidyRules.refusals(ruleSet("x", SubsidyRules.START_UP_FULL_TIME, "false"),
                facts(SubsidyKind.START_UP_GRANT, 6, null, false, null))));
    }

    @Test
    void paySubsidyOnlyForTheEmployerKindsOfTheRuleSet() {
        RuleSet r = ruleSet("2026", SubsidyRules.PAY_SUBSIDY_EMPLOYERS, "company, third-sector");
        assertEquals(List.of(), en(SubsidyRules.refusals(r, facts(SubsidyKind.PAY_SUBSIDY, 6, null, null, "third-sector"))));
        List<String> refused = en(SubsidyRules.refusals(r, facts(SubsidyKind.PAY_SUBSIDY, 6, null, null, "public-body")));
        assertTrue(refused.get(0).contains("public body (only: company, third-sector)"), refused.toString());
    }

    @Test
    void compensationsHaveNoConditionInTheRuleSet() {
        assertEquals(List.of(), en(SubsidyRules.refusals(ruleSet("2026"), facts(SubsidyKind.TRAVEL_COMPENSATION, 1, null, null, null))));
        assertEquals(List.of(), en(SubsidyRules.refusals(ruleSet("2026"), facts(SubsidyKind.COST_COMPENSATION, 1, null, null, null))));
    }

    @Test
    void aRuleSetWithoutTheParameterCannotSayYes() {
        List<String> missing = en(SubsidyRules.refusals(ruleSet("old", SubsidyRules.START_UP_MAX_MONTHS, null),
                facts(SubsidyKind.START_UP_GRANT, 3, null, true, null)));
        assertTrue(missing.get(0).contains("Rule set old does not define start-up-grant.max-months"), missing.toString());
        List<String> mistyped = en(SubsidyRules.refusals(ruleSet("bad", SubsidyRules.MIN_AGE_55, "fifty-five"),
                facts(SubsidyKind.EMPLOYMENT_SUBSIDY_55, 3, START.minusYears(70), null, "company")));
        assertTrue(mistyped.get(0).contains("does not define employment-subsidy-55.min-age correctly"), mistyped.toString());
    }

    @Test
    void theRuleSetOfTheStartDateApplies() {
        RuleSets sets = new RuleSets() {
            public Optional<RuleSet> forStart(LocalDate start) {
                return start.getYear() >= 2025 ? Optional.of(ruleSet(Integer.toString(start.getYear()),
                        SubsidyRules.START_UP_MAX_MONTHS, start.getYear() >= 2026 ? "6" : "12")) : Optional.empty();
            }

            public List<RuleSet> all() { return List.of(); }
        };
        SubsidyRules rules = new SubsidyRules(sets);
        assertEquals(List.of(), en(rules.refusals(new SubsidyRules.Facts(SubsidyKind.START_UP_GRANT, LocalDate.parse("2025-12-31"), 9, null, true, null))));
        assertEquals(1, rules.refusals(new SubsidyRules.Facts(SubsidyKind.START_UP_GRANT, LocalDate.parse("2026-01-01"), 9, null, true, null)).size());
        assertTrue(en(rules.refusals(new SubsidyRules.Facts(SubsidyKind.START_UP_GRANT, LocalDate.parse("2024-06-01"), 9, null, true, null)))
                .get(0).contains("No rule set is in force on 2024-06-01"));
    }

    private static List<String> en(List<Reason> reasons) {
        return reasons.stream().map(CatalogueMessages::en).toList();
    }
}
