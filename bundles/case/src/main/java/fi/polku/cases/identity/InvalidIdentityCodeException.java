package fi.polku.cases.identity;

import java.util.List;

/**
 * An identity code that is not valid; the message says why in English, and {@link #fault()}
 * with {@link #details()} lets a caller say the same in the user's language.
 */
public final class InvalidIdentityCodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong, from the first check that fails. */
    public enum Fault { MISSING, LENGTH, BIRTH_DATE_DIGITS, CENTURY_SIGN, INDIVIDUAL_DIGITS, INDIVIDUAL_NEVER_ISSUED, NO_SUCH_DATE, CONTROL_CHARACTER }

    private final Fault fault;
    private final transient List<Object> details;

    public InvalidIdentityCodeException(Fault fault, String message, Object... details) {
        super(message);
        this.fault = fault;
        this.details = List.of(details);
    }

    public Fault fault() {
        return fault;
    }

    /** The parts of the input the message quotes, in the order the message names them. */
    public List<Object> details() {
        return details;
    }
}
