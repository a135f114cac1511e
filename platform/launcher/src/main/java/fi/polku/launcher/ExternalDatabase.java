package fi.polku.launcher;

import java.sql.SQLException;
import java.util.Properties;

/** An existing PostgreSQL server named in {@code configs/polku.properties}; checked before start. */
final class ExternalDatabase implements Database {
    private final Connection connection;

    private ExternalDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Connects once, so that a wrong URL or password stops the launch with one clear line. */
    static ExternalDatabase connect(String url, String user, String password) throws LauncherException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "10");
        props.setProperty("loginTimeout", "10");
        try (var c = new org.postgresql.Driver().connect(url, props)) {
            if (c == null) {
                throw new LauncherException(LauncherException.DATABASE, "Not a PostgreSQL JDBC URL: " + url);
            }
            c.isValid(5);
            try (var s = c.createStatement()) {
                EmbeddedDatabase.requireDurable(s, "PostgreSQL at " + url);
            }
        } catch (SQLException e) {
            throw new LauncherException(LauncherException.DATABASE,
                    "Cannot reach PostgreSQL at " + url + " as " + user + ": " + EmbeddedDatabase.rootMessage(e));
        }
        return new ExternalDatabase(new Connection(url, user, password));
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
