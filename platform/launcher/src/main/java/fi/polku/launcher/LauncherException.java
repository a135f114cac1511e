package fi.polku.launcher;

/**
 * A problem the person starting Polku can fix (bad configuration, port taken, database
 * unreachable). {@link Main} prints its message as one line and exits with its code, never a
 * stack trace.
 */
public final class LauncherException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Exit code for configuration that cannot be read or is invalid. */
    public static final int BAD_CONFIG = 2;
    /** Exit code when the database cannot be reached or started. */
    public static final int DATABASE = 3;
    /** Exit code when the HTTP port is taken. */
    public static final int PORT_TAKEN = 4;
    /** Exit code when the OSGi framework or a system bundle cannot start. */
    public static final int FRAMEWORK = 5;
    /** Exit code when files Polku runs or reads could be changed by another account. */
    public static final int UNSAFE_FILES = 6;

    private final int exitCode;

    public LauncherException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public LauncherException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
