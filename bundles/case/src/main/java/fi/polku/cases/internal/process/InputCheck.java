package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The checks of one input. Problems are collected rather than thrown one by one, so that a
 * caseworker sees every problem of a form at once; {@link #done()} then refuses the input with
 * all of them. Each check returns the clean value, or null when the field has a problem.
 */
public final class InputCheck {
    private final FieldMessages problems = new FieldMessages();

    /** A date written as YYYY-MM-DD; required. */
    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, Message.DATE_REQUIRED);
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, Message.NOT_A_DATE, value);
            return null;
        }
    }

    /** One of the allowed codes; required. */
    public String oneOf(String field, String value, Set<String> allowed) {
        String choices = String.join(", ", allowed.stream().sorted().toList());
        if (value == null || value.isBlank()) {
            problems.add(field, Message.CHOOSE_ONE, choices);
            return null;
        }
        if (!allowed.contains(value.trim())) {
            problems.add(field, Message.NOT_ONE_OF, choices, value);
            return null;
        }
        return value.trim();
    }

    /** Optional free text of at most {@code max} characters; null when blank. */
    public String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            problems.add(field, Message.TOO_LONG, max);
            return null;
        }
        return value.trim();
    }

    /** Required free text; {@code whenMissing} says what the field is for. */
    public String required(String field, String value, int max, Message whenMissing) {
        String text = text(field, value, max);
        if (text == null) {
            problems.add(field, whenMissing);
        }
        return text;
    }

    /** A problem that a rule of the process finds, such as a date in the future. */
    public InputCheck problem(String field, Message message, Object... args) {
        problems.add(field, message, args);
        return this;
    }

    /** Whether the field has passed its checks so far; a rule over it runs only then. */
    public boolean ok(String field) {
        return !problems.has(field);
    }

    /** The problems found so far, for a caller that reports rather than refuses (an import's rejected rows). */
    public FieldMessages problems() {
        return problems;
    }

    /** Refuses the input with every problem found, if any. */
    public void done() {
        if (!problems.isEmpty()) {
            throw Refusals.invalid(problems);
        }
    }
}
