package fi.polku.cases.internal.forecast;

import fi.polku.api.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every open job search with its tasks, one at a time, in a single streamed query (a
 * cursor: a million job searches never sit in memory together).
 */
final class OpenPeriods {
    private OpenPeriods() {}

    // The subqueries run once per job search (OFFSET 0 keeps PostgreSQL from running them per task).
    private static final String SQL = "SELECT p.id, p.unit, p.start_date, p.status, p.integration_plan, p.rule_set, p.held, p.last_jsi, p.previous_end, "
            + "t.step, t.state, t.due, t.owner_unit FROM (SELECT p.id, p.unit, p.start_date, p.status, p.integration_plan, p.rule_set, "
            + "(SELECT min(i.held_on) FROM cases.interview i WHERE i.period_id = p.id AND i.kind = 'initial') AS held, "
            + "(SELECT max(i.held_on) FROM cases.interview i WHERE i.period_id = p.id AND i.kind = 'job-search') AS last_jsi, "
            + "(SELECT max(q.end_date) FROM cases.job_search_period q WHERE q.customer_id = p.customer_id AND q.start_date < p.start_date) "
            + "AS previous_end FROM cases.job_search_period p WHERE p.end_date IS NULL OFFSET 0) p "
            + "LEFT JOIN cases.task t ON t.period_id = p.id ORDER BY p.id";

    static void read(PersistenceUnit unit, Consumer<Projection.Period> each) {
        try (Connection c = unit.connection()) {
            c.setAutoCommit(false); // a cursor needs a transaction
            c.setReadOnly(true);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SET LOCAL work_mem = '256MB'"); // the tasks sorted by their job search in memory, not on disk
            }
            try (PreparedStatement s = c.prepareStatement(SQL)) {
                s.setFetchSize(5_000);
                try (ResultSet r = s.executeQuery()) {
                    Object current = null;
                    Projection.Period period = null;
                    List<Projection.TaskRow> tasks = null;
                    while (r.next()) {
                        Object id = r.getObject(1);
                        if (!id.equals(current)) {
                            if (period != null) {
                                each.accept(period);
                            }
                            current = id;
                            tasks = new ArrayList<>();
                            period = new Projection.Period(r.getString(2), day(r.getDate(3)), r.getString(4), r.getBoolean(5), r.getString(6),
                                    day(r.getDate(7)), day(r.getDate(8)), day(r.getDate(9)), tasks);
                        }
                        if (r.getString(10) != null) {
                            tasks.add(new Projection.TaskRow(r.getString(10), "open".equals(r.getString(11)), day(r.getDate(12)), r.getString(13)));
                        }
                    }
                    if (period != null) {
                        each.accept(period);
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            // The SQLState only: a database message can quote a row's values.
            throw new IllegalStateException("Reading the open job searches for the forecast failed (SQLState " + e.getSQLState() + ")");
        }
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
