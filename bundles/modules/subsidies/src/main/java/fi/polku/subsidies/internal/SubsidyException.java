package fi.polku.subsidies.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the module refuses, with a message for the person who made it: 400 (with the wrong
 * fields), 404 or 409. Thrown inside a transaction, it rolls the whole change back.
 */
public final class SubsidyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final transient Map<String, Object> extra;

    private SubsidyException(Kind kind, String message, Map<String, Object> extra) {
        super(message);
        this.kind = kind;
        this.extra = Map.copyOf(extra);
    }

    public Kind kind() {
        return kind;
    }

    /** More members of the error body, e.g. {@code fields} or {@code remainingCents}. */
    public Map<String, Object> extra() {
        return extra;
    }

    /** Bad input: every wrong field with what to fix. */
    public static SubsidyException invalid(Map<String, String> fields) {
        String summary = fields.size() == 1 ? fields.values().iterator().next()
                : "Check these fields: " + String.join(", ", fields.keySet()) + ".";
        return new SubsidyException(Kind.INVALID, summary, Map.of("fields", new LinkedHashMap<>(fields)));
    }

    public static SubsidyException invalid(String field, String message) {
        return invalid(Map.of(field, message));
    }

    public static SubsidyException notFound(String message) {
        return new SubsidyException(Kind.NOT_FOUND, message, Map.of());
    }

    public static SubsidyException conflict(String message) {
        return new SubsidyException(Kind.CONFLICT, message, Map.of());
    }

    public static SubsidyException conflict(String message, Map<String, Object> extra) {
        return new SubsidyException(Kind.CONFLICT, message, extra);
    }
}
