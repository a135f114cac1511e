package fi.polku.cases.identity;

/** An identity code that is not valid; the message says why. */
public final class InvalidIdentityCodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidIdentityCodeException(String message) {
        super(message);
    }
}
