package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Language;
import fi.polku.cases.internal.i18n.Message;

/**
 * A request the service process refuses, with a message for the person who made it. Invalid
 * input names its fields, so that the answer can put each message next to its field in the
 * user's language; a 404 or 409 that a caseworker meets in the console is in the user's language
 * too, the rest in English.
 */
public final class ProcessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final transient FieldMessages fields;
    private final transient Message text;
    private final transient Object[] args;

    public ProcessException(Kind kind, String message) {
        this(kind, message, new FieldMessages(), null);
    }

    private ProcessException(Kind kind, String message, FieldMessages fields, Message text, Object... args) {
        super(message);
        this.kind = kind;
        this.fields = fields;
        this.text = text;
        this.args = args;
    }

    /** The message in every language, when it has been written so; null for an English-only one. */
    public Message text() {
        return text;
    }

    public Object[] args() {
        return args.clone();
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
        return new ProcessException(Kind.INVALID, fields.summary(Language.EN), fields, null);
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

    /** A conflict the caseworker reads in the console: in the user's language. */
    public static ProcessException conflict(Message message, Object... args) {
        return new ProcessException(Kind.CONFLICT, message.in(Language.EN, args), new FieldMessages(), message, args);
    }

    public static ProcessException notFound(Message message, Object... args) {
        return new ProcessException(Kind.NOT_FOUND, message.in(Language.EN, args), new FieldMessages(), message, args);
    }
}
