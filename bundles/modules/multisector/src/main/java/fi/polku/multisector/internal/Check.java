package fi.polku.multisector.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.time.FinnishCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/** Checks every field of one input and answers all problems at once (400, each beside its field). */
final class Check {
    private final Messages messages;
    private final Problem.Builder problem = Problem.invalid();

    Check(Messages messages) {
        this.messages = messages;
    }

    UUID id(String field, String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            problem.field(field, messages.texts("input.id"));
            return null;
        }
    }

    /** A day, not in the future. */
    LocalDate pastDay(String field, String value) {
        LocalDate day = day(field, value);
        if (day != null && day.isAfter(FinnishCalendar.today())) {
            problem.field(field, messages.texts("input.future"));
            return null;
        }
        return day;
    }

    LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            problem.field(field, messages.texts("input.date"));
            return null;
        }
    }

    /** A text of at most {@code max} characters; {@code required}: not blank. Null for blank. */
    String text(String field, String value, int max, boolean required) {
        String v = value == null || value.isBlank() ? null : value.trim();
        if (v == null && required) {
            problem.field(field, messages.texts("input.required"));
        } else if (v != null && v.length() > max) {
            problem.field(field, messages.texts("input.too-long", max));
        }
        return v;
    }

    String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value.trim())) {
            problem.field(field, messages.texts("input.choice", String.join(", ", allowed.stream().sorted().toList())));
            return null;
        }
        return value.trim();
    }

    void fail(String field, String key, Object... args) {
        problem.field(field, messages.texts(key, args));
    }

    /** Throws the problem when any field was at fault. */
    void done() {
        if (problem.hasFields()) {
            throw problem.build();
        }
    }
}
