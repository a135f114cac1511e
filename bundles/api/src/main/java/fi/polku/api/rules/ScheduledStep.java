package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statutory step that a job-search period implies: either a single due date, or a window
 * ({@code from}..{@code to}, both inclusive) within which the step must take place.
 *
 * <p>Made by a rule set with {@link #due} or {@link #window}.
 *
 * <p>{@code step} a stable kebab-case id, e.g. {@code initial-interview}, {@code supplementary-interview-3}
 * {@code due}: the last day for a step with a deadline; null for a window
 * {@code from}: the first day of a window; null for a deadline
 * {@code to}: the last day of a window; null for a deadline
 * {@code rule}: the rule in words, for the person reading the schedule
 * {@code source}: the provision it comes from
 */
public final class ScheduledStep {
    private final String step;
    private final @Nullable LocalDate due;
    private final @Nullable LocalDate from;
    private final @Nullable LocalDate to;
    private final String rule;
    private final LegalSource source;

    private ScheduledStep(String step, @Nullable LocalDate due, @Nullable LocalDate from, @Nullable LocalDate to, String rule,
            LegalSource source) {
        this.step = Objects.requireNonNull(step, "step");
        this.source = Objects.requireNonNull(source, "source");
        this.rule = rule == null ? "" : rule;
        if ((due == null) == (from == null || to == null)) {
            throw new IllegalArgumentException("A step has either a due date or a window, not both or neither: " + step);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("Window of " + step + " ends before it starts: " + from + ".." + to);
        }
        this.due = due;
        this.from = from;
        this.to = to;
    }

    public static ScheduledStep due(String step, LocalDate due, String rule, LegalSource source) {
        return new ScheduledStep(step, Objects.requireNonNull(due, "due"), null, null, rule, source);
    }

    public static ScheduledStep window(String step, LocalDate from, LocalDate to, String rule, LegalSource source) {
        return new ScheduledStep(step, null, Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), rule, source);
    }

    public String step() {
        return step;
    }

    /** The last day for a step with a deadline; null for a window. */
    public @Nullable LocalDate due() {
        return due;
    }

    /** The first day of a window; null for a deadline. */
    public @Nullable LocalDate from() {
        return from;
    }

    /** The last day of a window; null for a deadline. */
    public @Nullable LocalDate to() {
        return to;
    }

    public String rule() {
        return rule;
    }

    public LegalSource source() {
        return source;
    }

    /** The last day on which the step is on time: the due date, or the end of the window. */
    public LocalDate deadline() {
        return due != null ? due : Objects.requireNonNull(to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduledStep s && step.equals(s.step) && Objects.equals(due, s.due) && Objects.equals(from, s.from)
                && Objects.equals(to, s.to) && rule.equals(s.rule) && source.equals(s.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, due, from, to);
    }

    @Override
    public String toString() {
        return step + (due != null ? " due " + due : " " + from + ".." + to);
    }
}
