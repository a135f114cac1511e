package fi.polku.api.rest;

import fi.polku.api.i18n.Messages;
import fi.polku.api.time.FinnishCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Checks the fields of one request body and refuses them all at once ({@link #done()}: 400
 * {@code invalid-input}, each field with its problem), so that a form shows every problem beside
 * its field in one round trip. Each method answers the parsed value, or null when the field was at
 * fault (or blank and optional); call {@link #done()} before using the values.
 *
 * <p>The texts are the calling bundle's own, from its catalogue under these keys: {@code input.id},
 * {@code input.date}, {@code input.future}, {@code input.required}, {@code input.too-long} ({@code {0}}:
 * the most characters) and {@code input.choice} ({@code {0}}: the choices); {@link #page} also
 * {@code input.offset} and {@code input.limit} ({@code {0}}: the most) (since 1.2); {@link #fail}
 * adds one of the bundle's own keys.
 *
 * @since 1.1
 */
public final class FieldCheck {
    private final Messages messages;
    private final Problem.Builder problem = Problem.invalid();

    public FieldCheck(Messages messages) {
        this.messages = messages;
    }

    /** A UUID. */
    public @Nullable UUID id(String field, @Nullable String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            return fault(field, "input.id");
        }
    }

    /** A day written YYYY-MM-DD. */
    public @Nullable LocalDate day(String field, @Nullable String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            return fault(field, "input.date");
        }
    }

    /** A day written YYYY-MM-DD, not after today in Finland (a meeting held, a consent given). */
    public @Nullable LocalDate pastDay(String field, @Nullable String value) {
        LocalDate day = day(field, value);
        if (day != null && day.isAfter(FinnishCalendar.today())) {
            return fault(field, "input.future");
        }
        return day;
    }

    /**
     * The page a list request asks for ({@code ?offset=&limit=}): offset 0 or more, limit at
     * least 1; a limit above {@code max} is lowered to it; absent ones are 0 and
     * {@code defaultLimit}.
     *
     * @since 1.2
     */
    public ListPage.Request page(@Nullable Integer offset, @Nullable Integer limit, int defaultLimit, int max) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? defaultLimit : limit;
        if (o < 0) {
            fault("offset", "input.offset");
        }
        if (l < 1) {
            fail("limit", "input.limit", max);
        }
        return new ListPage.Request(Math.max(0, o), Math.max(1, Math.min(l, max)));
    }

    /** A text of at most {@code max} characters, trimmed; {@code required}: not blank. Null when blank. */
    public @Nullable String text(String field, @Nullable String value, int max, boolean required) {
        String v = value == null || value.isBlank() ? null : value.trim();
        if (v == null && required) {
            return fault(field, "input.required");
        }
        if (v != null && v.length() > max) {
            problem.field(field, messages.texts("input.too-long", max));
            return null;
        }
        return v;
    }

    /** One of {@code allowed}, listed to the user in their order when another value comes. */
    public @Nullable String oneOf(String field, @Nullable String value, Collection<String> allowed) {
        if (value == null || !allowed.contains(value.trim())) {
            problem.field(field, messages.texts("input.choice", String.join(", ", allowed)));
            return null;
        }
        return value.trim();
    }

    /** A problem of the bundle's own: {@code key} in its catalogue, with its arguments. */
    public void fail(String field, String key, Object... args) {
        problem.field(field, messages.texts(key, args));
    }

    /** True when no problem was found so far. */
    public boolean ok() {
        return !problem.hasFields();
    }

    /** Throws the refusal when any field was at fault. */
    public void done() {
        if (problem.hasFields()) {
            throw problem.build();
        }
    }

    private <T> @Nullable T fault(String field, String key) {
        problem.field(field, messages.texts(key));
        return null;
    }
}
