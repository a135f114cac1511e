package fi.polku.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
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
    static final String PASSWORD_FILE = "postgres.password";

    private final EmbeddedPostgres postgres;
    private final Connection connection;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Connection connection) {
        this.postgres = postgres;
        this.connection = connection;
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws LauncherException {
        Path pgData = dataDir.resolve("postgres");
        Path runtime = dataDir.resolve("postgres-runtime");
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        EmbeddedPostgres pg;
        String password;
        try {
            Files.createDirectories(pgData);
            Files.createDirectories(runtime);
            password = Files.exists(passwordFile) ? Files.readString(passwordFile).trim() : null;
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
            if (password != null) {
                builder.setConnectConfig("password", password);
            }
            pg = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new LauncherException(LauncherException.DATABASE,
                    "Cannot start the embedded PostgreSQL in " + pgData + ": " + rootMessage(e));
        }
        try {
            if (password == null) {
                password = requirePassword(pg.getPostgresDatabase(), pgData, passwordFile);
            }
            Map<String, String> withPassword = Map.of("password", password);
            createDatabaseIfMissing(pg.getDatabase("postgres", "postgres", withPassword));
        } catch (SQLException | IOException e) {
            closeQuietly(pg);
            throw new LauncherException(LauncherException.DATABASE,
                    "The embedded PostgreSQL started but could not be prepared: " + e.getMessage());
        }
        return new EmbeddedDatabase(pg, new Connection(pg.getJdbcUrl("postgres", DATABASE), "postgres", password));
    }

    /**
     * initdb trusts every local connection; on the first start the superuser gets a random
     * password, kept only in {@code data/postgres.password} (readable by the owner alone), and
     * every connection must give it from then on: another account on the same machine cannot
     * walk into the job seekers' data.
     */
    private static String requirePassword(DataSource trusted, Path pgData, Path passwordFile) throws SQLException, IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // The file first: should anything below fail, the next start still knows the password.
        Files.writeString(passwordFile, password + "\n");
        try {
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        }
        try (var c = trusted.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
            Files.writeString(pgData.resolve("pg_hba.conf"), String.join("\n",
                    "# Written by Polku: every connection needs the password in data/" + PASSWORD_FILE + ".",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
            s.execute("SELECT pg_reload_conf()");
        }
        return password;
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
