package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A version of the statutory service process, registered as a service by a rule-set bundle.
 *
 * <p>Duties of an implementation: {@link #schedule} is a pure function of the start date and
 * the rule set's parameters (no clock, no database), so that it gives the same answer for the
 * same period forever; every step and every parameter names its legal source.
 *
 * <p>Service properties: {@code polku.ruleset.id} (its {@link #id}); {@code polku.ruleset.draft=true}
 * for a candidate that is not in force (a proposed amendment, the area's planning assumption): the
 * core never applies a draft to anyone, and the what-if workload forecast
 * ({@code GET /api/v1/forecast/workload?ruleSet=<id>}) shows the statutory workload it would cause
 * for today's caseload beside the rules in force. The property may also be set by the rule set's
 * configuration.
 */
@ConsumerType
public interface RuleSet {

    /** A short stable id, e.g. {@code "2025"}. */
    String id();

    /** A title for people, e.g. "Act 380/2023 as in force from 1 January 2025". */
    String title();

    /** Job-search periods that start on or after this date (and before a later rule set's) follow this rule set. */
    LocalDate effectiveFrom();

    /** The parameters, each with its source. */
    List<RuleParameter> parameters();

    /** The statutory steps for a job search starting on {@code start}, in date order. */
    List<ScheduledStep> schedule(LocalDate start);

    /**
     * The steps once the initial interview has been held on {@code initialInterviewHeld}: the
     * steps the law counts from the interview (supplementary interviews, the first job-search
     * interview) are counted from the day it was held instead of from its deadline. A rule set
     * whose steps do not depend on it need not override this.
     */
    default List<ScheduledStep> schedule(LocalDate start, LocalDate initialInterviewHeld) {
        return schedule(start);
    }

    /**
     * The consequence of a neglect of {@code kind} (one of {@link NeglectLadder#KINDS}) on
     * {@code occurredOn}, decided to be without a valid reason, when this rule set is the one in
     * force on that day; {@code earlier} are the days of the job seeker's earlier neglects so
     * decided. Empty when this rule set does not say (the core then refuses to decide it).
     *
     * @since 1.4
     */
    default java.util.Optional<NeglectConsequence> neglect(String kind, LocalDate occurredOn, List<LocalDate> earlier) {
        return java.util.Optional.empty();
    }
}
