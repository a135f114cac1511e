package fi.polku.cases.internal.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.api.rules.LegalSource;
import fi.polku.api.rules.RuleKeys;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.api.rules.StandardSteps;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The what-if projection, worked by hand on the calendar of the first week of December 2026
 * (today Wednesday 2.12.2026, the forecast from Monday 30.11. for 12 weeks, to 22.2.2027).
 */
class ProjectionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 30);
    private static final LegalSource TEST = LegalSource.of("test", "test", "test");
    /** Initial interview in 10 business days, job-search interviews every 3 months, for every status. */
    private static final RuleSet NOW = rules("now", LocalDate.of(2025, 1, 1), 10, 3, "unemployed, part-time");
    /** A candidate: initial interview in 5 business days, every 2 months, not for part-time workers. */
    private static final RuleSet DRAFT = rules("draft", LocalDate.of(2027, 6, 1), 5, 2, "unemployed");

    @Test
    void theRulesInForceCountTheOpenTasksAsTheyAre() {
        Projection p = new Projection(List.of(NOW), null, TODAY, 12);
        p.add(searchUnderWay("unemployed"));
        p.add(newSearch());
        // The interview due 8.12. and the new search's initial interview due 9.12.; the next ones fall after 22.2.2027.
        assertEquals(Map.of(LocalDate.of(2026, 12, 7), Map.of("job-search-interview", 1, "initial-interview", 1)), p.counts().get("u"));
    }

    @Test
    void underTheDraftTheIntervalAndDeadlinesChangeAndTheNextInterviewComesWithinTheWeeks() {
        Projection p = new Projection(List.of(NOW), DRAFT, TODAY, 12);
        p.add(searchUnderWay("unemployed"));
        p.add(newSearch());
        Map<LocalDate, Map<String, Integer>> weeks = p.counts().get("u");
        // Held 8.9. + 2 months = 8.11. (a Sunday: 9.11.): overdue now; taken as held today, the next on 2.2.2027.
        // The new search: its initial interview 5 business days from 25.11. = 2.12.; its first job-search interview 2.2.2027.
        assertEquals(Map.of(WEEK_1, Map.of("job-search-interview", 1, "initial-interview", 1),
                LocalDate.of(2027, 2, 1), Map.of("job-search-interview", 2)), weeks);
    }

    @Test
    void aStatusTheDraftGivesNoJobSearchInterviewsLosesThem() {
        Projection now = new Projection(List.of(NOW), null, TODAY, 12);
        Projection then = new Projection(List.of(NOW), DRAFT, TODAY, 12);
        now.add(searchUnderWay("part-time"));
        then.add(searchUnderWay("part-time"));
        assertEquals(Map.of(LocalDate.of(2026, 12, 7), Map.of("job-search-interview", 1)), now.counts().get("u"));
        assertEquals(null, then.counts().get("u"));
    }

    /** Started 1.9.2026, the initial interview held 8.9., the first job-search interview due 8.12. */
    private static Projection.Period searchUnderWay(String status) {
        return new Projection.Period("u", LocalDate.of(2026, 9, 1), status, false, "now", LocalDate.of(2026, 9, 8), null, null, List.of(
                new Projection.TaskRow("initial-interview", false, LocalDate.of(2026, 9, 15), "u"),
                new Projection.TaskRow("job-search-interview-3m", true, LocalDate.of(2026, 12, 8), "u")));
    }

    /** Started 25.11.2026, nothing held: the initial interview due 9.12., the first job-search interview 9.3.2027. */
    private static Projection.Period newSearch() {
        return new Projection.Period("u", LocalDate.of(2026, 11, 25), "unemployed", false, "now", null, null, null, List.of(
                new Projection.TaskRow("initial-interview", true, LocalDate.of(2026, 12, 9), "u"),
                new Projection.TaskRow("job-search-interview-3m", true, LocalDate.of(2027, 3, 9), "u")));
    }

    private static RuleSet rules(String id, LocalDate from, int days, int months, String statuses) {
        return new RuleSet() {
            @Override public String id() { return id; }
            @Override public String title() { return id; }
            @Override public LocalDate effectiveFrom() { return from; }
            @Override public List<RuleParameter> parameters() {
                return List.of(RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_INTERVAL_MONTHS, Integer.toString(months), "months", TEST),
                        RuleParameter.of(RuleKeys.JOB_SEARCH_INTERVIEW_STATUSES, statuses, "statuses", TEST));
            }
            @Override public List<ScheduledStep> schedule(LocalDate start) { return schedule(start, null); }
            @Override public List<ScheduledStep> schedule(LocalDate start, LocalDate held) {
                ScheduledStep initial = StandardSteps.initialInterview(start, days, TEST);
                return List.of(initial, StandardSteps.jobSearchInterview(held != null ? held : initial.due(), months, TEST));
            }
        };
    }
}
