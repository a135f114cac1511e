package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a job search, each judged by the rule set in force on its day.
 *
 * <p>The job search starts under the rule set in force on its start. A later rule set takes over
 * the steps whose deadline falls on or after its effective date only when its
 * {@link RuleKeys#TRANSITION_PERIODS_UNDER_WAY transitional provision} says so
 * ({@link RuleKeys#RULES_OF_THE_DAY}); otherwise the job searches under way keep the rules they
 * had. A step keeps the first version that names it: an initial interview due before 1 January
 * 2026 under the 2025 rules is not asked for again under the 2026 rules. A step that the
 * version in force on its day no longer has (the scheduled supplementary interviews after
 * 1 January 2026) is not in the schedule. A step whose deadline a later version moves to before
 * its effective date, while the earlier version had it due on or after that date, is due on the
 * effective date.
 *
 * <p>A pure function of the installed rule sets, the start and the initial interview's day.
 *
 * @since 1.4
 */
public final class DaySchedule {
    private DaySchedule() {}

    private static final String INITIAL_INTERVIEW = "initial-interview";

    private record Segment(RuleSet rules, LocalDate from, LocalDate until) {}

    /**
     * @param installed            every installed rule set, in any order
     * @param start                the first day of the job search
     * @param initialInterviewHeld the day the initial interview was held, or null
     * @return the steps in deadline order; empty when no rule set was in force on {@code start}
     */
    public static List<RuledStep> compose(List<RuleSet> installed, LocalDate start, @Nullable LocalDate initialInterviewHeld) {
        List<RuleSet> sorted = installed.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        RuleSet current = null;
        for (RuleSet r : sorted) {
            if (!r.effectiveFrom().isAfter(start)) {
                current = r;
            }
        }
        if (current == null) {
            return List.of();
        }
        List<Segment> segments = new ArrayList<>();
        LocalDate from = LocalDate.MIN;
        for (RuleSet r : sorted) {
            if (r.effectiveFrom().isAfter(start) && RuleKeys.RULES_OF_THE_DAY.equals(transition(r))) {
                segments.add(new Segment(current, from, r.effectiveFrom()));
                current = r;
                from = r.effectiveFrom();
            }
        }
        segments.add(new Segment(current, from, LocalDate.MAX));
        List<RuledStep> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        // A later version counts from the initial interview as the earlier one set it: held, or else its deadline.
        LocalDate interview = initialInterviewHeld;
        for (Segment s : segments) {
            for (ScheduledStep step : s.rules().schedule(start, interview)) {
                LocalDate day = step.deadline();
                if (!day.isBefore(s.from()) && day.isBefore(s.until()) && taken.add(step.step())) {
                    out.add(new RuledStep(step, s.rules().id()));
                    if (interview == null && step.step().equals(INITIAL_INTERVIEW)) {
                        interview = step.deadline();
                    }
                }
            }
        }
        // A step that both versions have, due on or after the change under the earlier one but before it under the later
        // one (a deadline shortened), falls between them: it is due on the day the later version took force, since no one
        // is late under a rule before it is in force.
        for (int k = 1; k < segments.size(); k++) {
            Segment earlier = segments.get(k - 1);
            Segment later = segments.get(k);
            Set<String> fell = new HashSet<>();
            for (ScheduledStep step : earlier.rules().schedule(start, interview)) {
                if (!step.deadline().isBefore(earlier.until())) {
                    fell.add(step.step());
                }
            }
            for (ScheduledStep step : later.rules().schedule(start, interview)) {
                if (fell.contains(step.step()) && step.deadline().isBefore(later.from()) && taken.add(step.step())) {
                    out.add(new RuledStep(ScheduledStep.due(step.step(), later.from(), step.rule()
                            + " (the deadline had passed when this version took force: due on that day)", step.source()), later.rules().id()));
                }
            }
        }
        // Stable: steps due on the same day keep the order their rule set gives them.
        out.sort(Comparator.comparing((RuledStep r) -> r.step().deadline()));
        return List.copyOf(out);
    }

    /** The rule set's transitional provision for job searches under way; {@link RuleKeys#RULES_OF_THE_START} when it names none. */
    public static String transition(RuleSet r) {
        return r.parameters().stream().filter(p -> p.key().equals(RuleKeys.TRANSITION_PERIODS_UNDER_WAY)).map(RuleParameter::value)
                .findFirst().orElse(RuleKeys.RULES_OF_THE_START);
    }
}
