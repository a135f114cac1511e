package fi.polku.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements Polku runs for a list request, run directly over JDBC in one transaction each,
 * as the server runs them (taken from the code: {@code DatabaseSessionService.find}, {@code
 * Worklists.rows}, {@code CustomerSearch.byName}, {@code AuditTrail}): the session and its account,
 * the page, the total when the page is full, the list's audit event and one for each person
 * shown. What REST, OSGi, Jersey, Jackson and Hibernate add is the difference.
 */
final class DirectSql {
    private static final String ROW = "SELECT t.id, t.step, t.window_from, t.due, c.id, c.last_name, c.first_name, t.municipality_code, "
            + "t.period_id, t.owner_unit, t.owner_user FROM cases.task t JOIN cases.customer c ON c.id = t.customer_id WHERE t.state = 'open' AND ";
    private static final String LAST = "lower(c.last_name) COLLATE \"C\"";
    private static final String FIRST = "lower(c.first_name) COLLATE \"C\"";

    private final Connection c;
    private final String token;
    private final String user;
    private final String roles;

    /** On a session of {@code user} the server has (the benchmark logged in), as the server finds it on each request. */
    DirectSql(Connection c, String user, String roles) throws SQLException {
        this.c = c;
        this.user = user;
        this.roles = roles;
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("SELECT token_hash FROM security.session WHERE username = ? LIMIT 1")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                token = r.getString(1);
            }
        }
        c.commit();
    }

    void worklist() throws SQLException {
        list("t.owner_user = ?", user, "worklist " + user);
    }

    void queue(String unit) throws SQLException {
        list("t.owner_unit = ? AND t.owner_user IS NULL", unit, "unit queue " + unit);
    }

    private void list(String where, String key, String what) throws SQLException {
        session();
        List<UUID> shown = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ROW + where + " ORDER BY t.due, t.id OFFSET 0 ROWS FETCH FIRST 100 ROWS ONLY")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    shown.add(r.getObject(5, UUID.class));
                }
            }
        }
        if (shown.size() == 100) {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM cases.task t WHERE t.state = 'open' AND "
                    + where + " LIMIT 1001) x")) {
                s.setString(1, key);
                s.executeQuery().close();
            }
        }
        audit(null, "worklist.read", what + ", " + shown.size() + " rows from 0");
        shown(shown, "worklist.read", what);
        c.commit();
    }

    void nameSearch(String prefix) throws SQLException {
        session();
        String where = "(" + LAST + " LIKE ? OR " + FIRST + " LIKE ?)";
        List<UUID> shown = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.id, c.last_name, c.first_name, c.identity_code, c.post_office, "
                + "c.municipality_code, c.responsible_user, j.unit, j.end_date, j.id AS period FROM (SELECT * FROM cases.customer c WHERE "
                + where + " ORDER BY " + LAST + ", " + FIRST + ", c.id LIMIT ? OFFSET ?) c LEFT JOIN LATERAL (SELECT p.id, p.unit, p.end_date "
                + "FROM cases.job_search_period p WHERE p.customer_id = c.id ORDER BY (p.end_date IS NULL) DESC, p.start_date DESC LIMIT 1) j "
                + "ON true ORDER BY " + LAST + ", " + FIRST + ", c.id")) {
            s.setString(1, prefix + "%");
            s.setString(2, prefix + "%");
            s.setInt(3, 20);
            s.setInt(4, 0);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    shown.add(r.getObject(1, UUID.class));
                }
            }
        }
        long total = shown.size();
        if (shown.size() == 20) {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM cases.customer c WHERE " + where)) {
                s.setString(1, prefix + "%");
                s.setString(2, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
        }
        audit(null, "customer.search", "name '" + prefix + "', " + total + " found");
        shown(shown, "customer.search", "in the results of a name search");
        c.commit();
    }

    /** As the authentication filter finds the session on every request: the session, then its account. */
    private void session() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM security.session WHERE token_hash = ?")) {
            s.setString(1, token);
            s.executeQuery().close();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM security.account WHERE username = ?")) {
            s.setString(1, user);
            s.executeQuery().close();
        }
        c.commit();
    }

    private void audit(UUID customer, String action, String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cases.audit_event (at, actor, actor_roles, customer_id, action, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, user);
            s.setString(3, roles);
            s.setObject(4, customer);
            s.setString(5, action);
            s.setString(6, detail);
            s.executeUpdate();
        }
    }

    private void shown(List<UUID> ids, String action, String detail) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cases.audit_event (at, actor, actor_roles, customer_id, action, detail) "
                + "SELECT ?, ?, ?, CAST(c AS uuid), ?, ? FROM unnest(string_to_array(?, ',')) AS c")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, user);
            s.setString(3, roles);
            s.setString(4, action);
            s.setString(5, detail);
            s.setString(6, String.join(",", ids.stream().map(UUID::toString).toList()));
            s.executeUpdate();
        }
    }
}
