package fi.polku.benchmarks;

import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The last chunk of the bulk load against PostgreSQL's {@code COPY} of the same rows into the
 * same tables with the same indexes: the rows the chunk's transaction wrote (its {@code xmin})
 * are copied out, deleted, vacuumed away and copied in again in one transaction, timed.
 */
final class LoadAgainstCopy {
    private LoadAgainstCopy() {}

    /** Parents first, as they are loaded. */
    private static final String[] TABLES = {"cases.customer", "cases.job_search_period", "cases.unit_assignment", "cases.task",
        "cases.employment_plan", "cases.job_search_profile", "cases.job_search_match"};

    static void compare(Distribution polku, double chunkSeconds) throws Exception {
        try (Connection c = polku.jdbc(); Statement s = c.createStatement()) {
            long xid;
            try (ResultSet r = s.executeQuery("SELECT max(xmin::text::bigint) FROM cases.customer")) {
                r.next();
                xid = r.getLong(1);
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, String> data = new LinkedHashMap<>();
            long rows = 0;
            for (String table : TABLES) {
                StringWriter out = new StringWriter();
                rows += copy.copyOut("COPY (SELECT * FROM " + table + " WHERE xmin::text::bigint = " + xid + ") TO STDOUT", out);
                data.put(table, out.toString());
            }
            for (int i = TABLES.length - 1; i >= 0; i--) {
                s.executeUpdate("DELETE FROM " + TABLES[i] + " WHERE xmin::text::bigint = " + xid);
            }
            s.execute("VACUUM " + String.join(", ", TABLES));
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            for (String table : TABLES) {
                copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(data.get(table)));
            }
            c.commit();
            double copySeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("LOAD AGAINST COPY (the last chunk): Polku %.1f s (generating the people and their steps, COPY, the "
                    + "profiles' matching rows); COPY of the same %,d rows into the same tables %.1f s; RATIO %.0f %% of COPY's rate%n",
                    chunkSeconds, rows, copySeconds, 100 * copySeconds / chunkSeconds);
        }
    }
}
