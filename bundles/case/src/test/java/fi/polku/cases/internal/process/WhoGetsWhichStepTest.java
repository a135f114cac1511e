package fi.polku.cases.internal.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rules.LegalSource;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.ScheduledStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who gets which statutory step. Expected values from Työmarkkinatori's guidance for job seekers
 * ("Alkuhaastattelu ja työnhakukeskustelut"; "Initial interview and job search discussions"):
 * job-search interviews concern the unemployed, part-time workers and those laid off by shortened
 * hours; a new initial interview only when at least six months have passed since the previous job
 * search ended. (Guidance, not the act's text: the parameters are marked unverified.)
 */
class WhoGetsWhichStepTest {
    private static final LegalSource GUIDANCE = LegalSource.of("Työmarkkinatori", "customer service model", "unverified");
    private static final RuleSet RULES = new RuleSet() {
        @Override public String id() { return "test"; }
        @Override public String title() { return "test"; }
        @Override public LocalDate effectiveFrom() { return LocalDate.of(2025, 1, 1); }
        @Override public List<RuleParameter> parameters() {
            return List.of(RuleParameter.of(RuleKeys.INITIAL_INTERVIEW_AGAIN_AFTER_MONTHS, "6", "months", GUIDANCE),
                    RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_STATUSES, "unemployed, laid-off, part-time", "statuses", GUIDANCE));
        }
        @Override public List<ScheduledStep> schedule(LocalDate start) { return List.of(); }
    };

    @Test
    void jobSearchInterviewsFollowTheStatus() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (String status : List.of("unemployed", "laid-off", "part-time")) {
            assertTrue(ServiceProcess.applies("job-search-interview-3m", RULES, status, day, null), status);
        }
        for (String status : List.of("employed", "student", "in-service", "other")) {
            assertFalse(ServiceProcess.applies("job-search-interview-3m", RULES, status, day, null), status);
            assertTrue(ServiceProcess.applies("initial-interview", RULES, status, day, null), "every new job seeker has an initial interview");
        }
    }

    @Test
    void anInitialInterviewAgainOnlySixMonthsAfterThePreviousSearchEnded() {
        LocalDate ended = LocalDate.of(2025, 11, 30);
        assertFalse(ServiceProcess.applies("initial-interview", RULES, "unemployed", LocalDate.of(2026, 5, 29), ended), "five months later");
        // 30.11. + 6 months = 30.5. (Act 150/1930, 3 §: the corresponding day of the month).
        assertTrue(ServiceProcess.applies("initial-interview", RULES, "unemployed", LocalDate.of(2026, 5, 30), ended), "six months later");
        assertTrue(ServiceProcess.applies("supplementary-interview-1", RULES, "unemployed", LocalDate.of(2026, 1, 5), ended),
                "other steps do not depend on the previous search");
    }

    @Test
    void aRuleSetWithoutTheParametersKeepsEveryStep() {
        RuleSet bare = new RuleSet() {
            @Override public String id() { return "bare"; }
            @Override public String title() { return "bare"; }
            @Override public LocalDate effectiveFrom() { return LocalDate.of(2025, 1, 1); }
            @Override public List<RuleParameter> parameters() { return List.of(); }
            @Override public List<ScheduledStep> schedule(LocalDate start) { return List.of(); }
        };
        assertTrue(ServiceProcess.applies("job-search-interview-3m", bare, "student", LocalDate.of(2026, 1, 5), null));
        assertTrue(ServiceProcess.applies("initial-interview", bare, "unemployed", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 2)));
    }
}
