package fi.polku.api.persistence;

/** A unit could not be opened: a migration failed or the entities do not map. */
public class PersistenceUnitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceUnitException(String message, Throwable cause) {
        super(message, cause);
    }
}
