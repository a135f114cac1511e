package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Language;
import fi.polku.cases.internal.i18n.Message;

/**
 * A request the service process refuses, with a message for the person who made it. Invalid
 * input names its fields, so that the answer can put each message next to its field in the
 * user's language; 404 and 409 carry an English message.
 */
public final class ProcessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final transient FieldMessages fields;

    public ProcessException(Kind kind, String message) {
        this(kind, message, new FieldMessages());
    }

    private ProcessException(Kind kind, String message, FieldMessages fields) {
        super(message);
        this.kind = kind;
        this.fields = fields;
    }

    public Kind kind() {
        return kind;
    }

    /** The fields at fault and what is wrong with each; empty when the problem is not one field's. */
    public FieldMessages fields() {
        return fields;
    }

    /** Input that is wrong as a whole (no body at all): an English message, no fields. */
    public static ProcessException invalid(String message) {
        return new ProcessException(Kind.INVALID, message);
    }

    /** Input with one or more fields at fault. */
    public static ProcessException invalid(FieldMessages fields) {
        return new ProcessException(Kind.INVALID, fields.summary(Language.EN), fields);
    }

    /** Input with one field at fault. */
    public static ProcessException invalid(String field, Message message, Object... args) {
        return invalid(new FieldMessages().add(field, message, args));
    }

    public static ProcessException notFound(String message) {
        return new ProcessException(Kind.NOT_FOUND, message);
    }

    public static ProcessException conflict(String message) {
        return new ProcessException(Kind.CONFLICT, message);
    }
}
