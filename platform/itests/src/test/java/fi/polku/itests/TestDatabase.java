package fi.polku.itests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL 17 for the test JVM (the same embedded server the launcher runs), started
 * on first use and stopped when the JVM exits.
 */
final class TestDatabase {
    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the test PostgreSQL", e);
            }
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
