package fi.polku.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 run by the launcher from the binaries on its class path (zonky), with its data
 * in {@code data/postgres} so that a restart keeps everything. It listens on localhost only.
 */
final class EmbeddedDatabase implements Database {
    static final String DATABASE = "polku";

    private final EmbeddedPostgres postgres;
    private final Connection connection;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Connection connection) {
        this.postgres = postgres;
        this.connection = connection;
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws LauncherException {
        Path pgData = dataDir.resolve("postgres");
        Path runtime = dataDir.resolve("postgres-runtime");
        EmbeddedPostgres pg;
        try {
            Files.createDirectories(pgData);
            Files.createDirectories(runtime);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    // The launcher stops the framework first and the database after it.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            pg = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new LauncherException(LauncherException.DATABASE,
                    "Cannot start the embedded PostgreSQL in " + pgData + ": " + rootMessage(e));
        }
        try {
            createDatabaseIfMissing(pg.getPostgresDatabase());
        } catch (SQLException e) {
            closeQuietly(pg);
            throw new LauncherException(LauncherException.DATABASE,
                    "The embedded PostgreSQL started but database '" + DATABASE + "' could not be created: " + e.getMessage());
        }
        return new EmbeddedDatabase(pg, new Connection(pg.getJdbcUrl("postgres", DATABASE), "postgres", ""));
    }

    private static void createDatabaseIfMissing(DataSource admin) throws SQLException {
        try (var c = admin.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    /** The postmaster's process id, so that tests can check nothing is left behind. */
    long pid() {
        return postgres.getProcess() == null ? -1 : postgres.getProcess().pid();
    }

    @Override
    public void close() {
        closeQuietly(postgres);
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            System.err.println("polku: stopping the embedded PostgreSQL failed: " + e.getMessage());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
