package fi.polku.api.persistence;

/**
 * The unit was closed, typically because its bundle is stopping or being replaced. The work
 * was not done; trying again once the bundle is back succeeds. The REST layer answers 503.
 */
public class UnitClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public UnitClosedException(String message) {
        super(message);
    }
}
