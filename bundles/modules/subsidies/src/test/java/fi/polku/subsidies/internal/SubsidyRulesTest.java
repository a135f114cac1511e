package fi.polku.subsidies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rules.LegalSource;
import fi.polku.api.rules.RuleKeys;
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
        values.put(SubsidyRules.PAY_SUBSIDY_EMPLOYERS, "company, municipality, public-body, third-sector");
        // As configs/fi.polku.rules.r2026.cfg.json has them (Työmarkkinatori: 'Palkkatuki', '55 vuotta täyttäneiden työllistämistuki').
        values.put(RuleKeys.PAY_SUBSIDY_GROUNDS, "general:50:126000:10, reduced-work-ability:70:177000:24, association:100:202000:12");
        values.put(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_GROUND, "reduced-work-ability");
        values.put(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_AGE, "60");
        values.put(RuleKeys.PAY_SUBSIDY_MUNICIPALITY_MIN_UNEMPLOYED_MONTHS, "12");
        values.put(RuleKeys.PAY_SUBSIDY_ASSOCIATION_MAX_WORK_TIME_PERCENT, "65");
        values.put(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_UNEMPLOYED_MONTHS, "24");
        values.put(RuleKeys.EMPLOYMENT_SUBSIDY_55_PERCENT, "70");
        values.put(RuleKeys.EMPLOYMENT_SUBSIDY_55_MONTHLY_CAP_CENTS, "177000");
        values.put(RuleKeys.EMPLOYMENT_SUBSIDY_55_MAX_MONTHS, "10");
        values.put(RuleKeys.EMPLOYMENT_SUBSIDY_55_MIN_WEEKLY_HOURS, "25");
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

    /** Facts whose terms meet the rules, so that a test changes only what it tests. */
    private static SubsidyRules.Facts facts(SubsidyKind kind, int months, LocalDate born, Boolean fullTime, String employerKind) {
        Application.Terms terms = switch (kind) {
            case PAY_SUBSIDY -> new Application.Terms("general", 2_000_00L, null, null, null, null);
            case EMPLOYMENT_SUBSIDY_55 -> new Application.Terms(null, 2_000_00L, 30, null, 26, null);
            default -> Application.Terms.NONE;
        };
        return new SubsidyRules.Facts(kind, START, terms == Application.Terms.NONE ? months : Math.min(months, 10), born, fullTime, employerKind, terms, 100_00L);
    }

    private static SubsidyRules.Facts pay(String employerKind, String ground, long payCost, Integer workTime, LocalDate born, Integer unemployed,
            int months, long requested) {
        return new SubsidyRules.Facts(SubsidyKind.PAY_SUBSIDY, START, months, born, null, employerKind,
                new Application.Terms(ground, payCost, null, workTime, unemployed, null), requested);
    }

    private static SubsidyRules.Facts over55(long payCost, int hours, int unemployed, Integer employment, int months, long requested) {
        return new SubsidyRules.Facts(SubsidyKind.EMPLOYMENT_SUBSIDY_55, START, months, START.minusYears(58), null, "company",
                new Application.Terms(null, payCost, hours, null, unemployed, employment), requested);
    }

    /**
     * Pay subsidy by ground (Työmarkkinatori, 'Palkkatuki'): 50 % of the pay costs up to 1 260 € a
     * month; 70 % up to 1 770 € for reduced work ability; 100 % up to 2 020 € for an association
     * employing for at most 65 % of full time. 3 000 € of pay costs on the general ground: 1 500 €,
     * capped at 1 260 €, so 6 months at most 7 560 €.
     */
    @Test
    void paySubsidyGroundsBoundTheAmountAndTheLength() {
        RuleSet r = ruleSet("2026");
        assertEquals(List.of(), en(SubsidyRules.refusals(r, pay("company", "general", 3_000_00L, null, null, null, 6, 7_560_00L))));
        List<String> over = en(SubsidyRules.refusals(r, pay("company", "general", 3_000_00L, null, null, null, 6, 7_560_01L)));
        assertTrue(over.get(0).contains("at most 7560,00 €") || over.get(0).contains("at most 7 560,00 €"), over.toString());
        assertTrue(en(SubsidyRules.refusals(r, pay("company", "general", 3_000_00L, null, null, null, 11, 100L))).get(0)
                .contains("at most 10 months"));
        // 70 % of 2 000 € is 1 400 €, under the cap: 24 months 33 600 €.
        assertEquals(List.of(), en(SubsidyRules.refusals(r, pay("company", "reduced-work-ability", 2_000_00L, null, null, null, 24, 33_600_00L))));
        List<String> association = en(SubsidyRules.refusals(r, pay("company", "association", 2_000_00L, 70, null, null, 6, 100L)));
        assertEquals(2, association.size(), association.toString());
        assertTrue(association.get(0).contains("only for an association") && association.get(1).contains("at most 65 %"), association.toString());
        assertEquals(List.of(), en(SubsidyRules.refusals(r, pay("third-sector", "association", 2_500_00L, 60, null, null, 12, 24_240_00L))));
    }

    /** A municipality only for reduced work ability or a long-term unemployed person of 60 or more; the State never. */
    @Test
    void paySubsidyToAMunicipalityOnlyOnItsConditionsAndNeverToTheState() {
        RuleSet r = ruleSet("2026");
        List<String> refused = en(SubsidyRules.refusals(r, pay("municipality", "general", 2_000_00L, null, START.minusYears(59), 24, 6, 100L)));
        assertTrue(refused.get(0).contains("aged at least 60 unemployed for at least 12 months"), refused.toString());
        assertEquals(List.of(), en(SubsidyRules.refusals(r, pay("municipality", "general", 2_000_00L, null, START.minusYears(60), 12, 6, 100L))));
        assertEquals(List.of(), en(SubsidyRules.refusals(r, pay("municipality", "reduced-work-ability", 2_000_00L, null, null, null, 6, 100L))));
        List<String> state = en(SubsidyRules.refusals(r, pay("state", "general", 2_000_00L, null, null, null, 6, 100L)));
        assertTrue(state.get(0).contains("the State (only: company, municipality, public-body, third-sector)"), state.toString());
    }

    /**
     * The 55+ subsidy (Työmarkkinatori): unemployed 24 of the last 28 months, at least 25 hours a
     * week, 70 % up to 1 770 € a month, at most 10 months and not beyond the employment.
     */
    @Test
    void theSubsidyForPeopleAged55HasItsOwnTerms() {
        RuleSet r = ruleSet("2026");
        // 70 % of 3 000 € is 2 100 €, capped at 1 770 €: 10 months 17 700 €.
        assertEquals(List.of(), en(SubsidyRules.refusals(r, over55(3_000_00L, 25, 24, null, 10, 17_700_00L))));
        List<String> all = en(SubsidyRules.refusals(r, over55(3_000_00L, 24, 23, 8, 11, 20_000_00L)));
        assertEquals(5, all.size(), all.toString());
        assertTrue(all.get(0).contains("at least 24 months") && all.get(1).contains("at least 25 hours"), all.toString());
        assertTrue(all.get(2).contains("longer than the employment") && all.get(3).contains("at most 10 months"), all.toString());
        assertTrue(all.get(4).contains("at most 17700,00 €") || all.get(4).contains("at most 17 700,00 €"), all.toString());
    }

    @Test
    void withoutTheTermsTheRulesCannotSayYes() {
        List<String> none = en(SubsidyRules.refusals(ruleSet("2026"), new SubsidyRules.Facts(SubsidyKind.PAY_SUBSIDY, START, 6, null, null, "company")));
        assertTrue(none.get(0).contains("lacks what the rules"), none.toString());
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
