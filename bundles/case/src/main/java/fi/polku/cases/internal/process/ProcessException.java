package fi.polku.cases.internal.process;

/** A request the service process refuses, with a message for the person who made it. */
public final class ProcessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;

    public ProcessException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ProcessException invalid(String message) {
        return new ProcessException(Kind.INVALID, message);
    }

    public static ProcessException notFound(String message) {
        return new ProcessException(Kind.NOT_FOUND, message);
    }

    public static ProcessException conflict(String message) {
        return new ProcessException(Kind.CONFLICT, message);
    }
}
