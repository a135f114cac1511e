package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory step that a job-search period implies: either a single due date, or a window
 * ({@code from}..{@code to}, both inclusive) within which the step must take place.
 *
 * @param step a stable kebab-case id, e.g. {@code initial-interview}, {@code supplementary-interview-3}
 * @param due the last day for a step with a deadline; null for a window
 * @param from the first day of a window; null for a deadline
 * @param to the last day of a window; null for a deadline
 * @param rule the rule in words, for the person reading the schedule
 * @param source the provision it comes from
 */
public record ScheduledStep(String step, LocalDate due, LocalDate from, LocalDate to, String rule, LegalSource source) {
    public ScheduledStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(source, "source");
        if ((due == null) == (from == null || to == null)) {
            throw new IllegalArgumentException("A step has either a due date or a window, not both or neither: " + step);
        }
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("Window of " + step + " ends before it starts: " + from + ".." + to);
        }
    }

    public static ScheduledStep due(String step, LocalDate due, String rule, LegalSource source) {
        return new ScheduledStep(step, due, null, null, rule, source);
    }

    public static ScheduledStep window(String step, LocalDate from, LocalDate to, String rule, LegalSource source) {
        return new ScheduledStep(step, null, from, to, rule, source);
    }

    /** The last day on which the step is on time: the due date, or the end of the window. */
    public LocalDate deadline() {
        return due != null ? due : to;
    }
}
