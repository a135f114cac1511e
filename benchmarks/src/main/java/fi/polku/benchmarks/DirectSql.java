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

    private static final String CUSTOMER = "c1_0.id, c1_0.created_at, c1_0.created_by, c1_0.email, c1_0.first_name, c1_0.identity_code, "
            + "c1_0.interpreter_needed, c1_0.language, c1_0.last_name, c1_0.mother_tongue, c1_0.municipality_code, c1_0.phone, "
            + "c1_0.post_office, c1_0.postal_code, c1_0.preferred_channel, c1_0.responsible_user, c1_0.street_address";
    private static final String TASK = "t1_0.id, t1_0.customer_id, t1_0.done_at, t1_0.done_by, t1_0.due, t1_0.municipality_code, "
            + "t1_0.owner_unit, t1_0.owner_user, t1_0.period_id, t1_0.state, t1_0.step, t1_0.window_from";
    private static final String MATCH_REFRESH = "INSERT INTO cases.job_search_match (match_key, customer_id, unit_bits, place_named, "
            + "languages, driving_licence, skill_bits, available_from) SELECT g.minor || ':' || pl.place, p.customer_id, g.unit_bits, "
            + "pl.place <> '*', p.languages, p.driving_licence, coalesce((SELECT bit_or(1::bigint << (hashtext(s) & 63)) FROM unnest(p.skills) s), "
            + "0), p.available_from FROM cases.job_search_profile p CROSS JOIN LATERAL (SELECT left(o, 3) AS minor, bit_or(1 << substr(o, 4, 1)"
            + "::int)::smallint AS unit_bits FROM unnest(p.occupations) o GROUP BY 1) g CROSS JOIN LATERAL unnest(CASE WHEN "
            + "cardinality(p.municipalities) = 0 THEN ARRAY['*']::varchar[] ELSE p.municipalities END) AS pl(place) WHERE p.customer_id = "
            + "ANY(?) AND EXISTS (SELECT 1 FROM cases.job_search_period j WHERE j.customer_id = p.customer_id AND j.end_date IS NULL)";

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
        try (PreparedStatement s = c.prepareStatement(ROW + where + " ORDER BY t.due, t.id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            // As Hibernate binds them: the offset and the page size are parameters, not part of the statement.
            s.setString(1, key);
            s.setInt(2, 0);
            s.setInt(3, 100);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row(r);
                    shown.add(r.getObject(5, UUID.class));
                }
            }
        }
        if (shown.size() == 100) {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM cases.task t WHERE t.state = 'open' AND "
                    + where + " LIMIT ?) x")) {
                s.setString(1, key);
                s.setLong(2, 1001);
                s.executeQuery().close();
            }
        }
        listRead("worklist.read", what + ", " + shown.size() + " rows from 0", shown, what);
        c.commit();
    }

    /** As {@code CustomerSearch.byName} runs a one-word search: each alternative its own index range, the page from their union. */
    void nameSearch(String prefix) throws SQLException {
        session();
        List<UUID> shown = new ArrayList<>();
        String alternative = "(SELECT c.id FROM cases.customer c WHERE (%s LIKE ?) ORDER BY " + LAST + ", " + FIRST + ", c.id LIMIT ?)";
        try (PreparedStatement s = c.prepareStatement("SELECT c.id, c.last_name, c.first_name, c.identity_code, c.post_office, "
                + "c.municipality_code, c.responsible_user, j.unit, j.end_date, j.id AS period FROM (SELECT * FROM cases.customer c WHERE "
                + "c.id IN (" + alternative.formatted(LAST) + " UNION " + alternative.formatted(FIRST) + ") ORDER BY " + LAST + ", " + FIRST
                + ", c.id LIMIT ? OFFSET ?) c LEFT JOIN LATERAL (SELECT p.id, p.unit, p.end_date "
                + "FROM cases.job_search_period p WHERE p.customer_id = c.id ORDER BY (p.end_date IS NULL) DESC, p.start_date DESC LIMIT 1) j "
                + "ON true ORDER BY " + LAST + ", " + FIRST + ", c.id")) {
            s.setString(1, prefix + "%");
            s.setInt(2, 20);
            s.setString(3, prefix + "%");
            s.setInt(4, 20);
            s.setInt(5, 20);
            s.setInt(6, 0);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row(r);
                    shown.add(r.getObject(1, UUID.class));
                }
            }
        }
        long total = shown.size();
        if (shown.size() == 20) {
            // As CustomerSearch counts: each alternative along its own index, at most 1,001, their union bounded again.
            String range = "(SELECT c.id FROM cases.customer c WHERE (%s LIKE ?) ORDER BY %s, %s, c.id LIMIT ?)";
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM (" + range.formatted(LAST, LAST, FIRST)
                    + " UNION " + range.formatted(FIRST, FIRST, LAST) + ") m LIMIT ?) x")) {
                s.setString(1, prefix + "%");
                s.setInt(2, 1001);
                s.setString(3, prefix + "%");
                s.setInt(4, 1001);
                s.setInt(5, 1001);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
        }
        audit(null, "customer.search", "name '" + prefix + "', " + (total > 1000 ? "more than 1000" : total) + " found");
        shown(shown, "customer.search", "in the results of a name search");
        c.commit();
    }

    /**
     * The customer page's two requests as the server runs them (statements from PostgreSQL's {@code log_statement = all}):
     * the customer, audited; then the job searches (the customer itself only when there are none) and, for each, its tasks,
     * interviews, plan versions and unit assignments, audited.
     */
    void customerPage(UUID customer) throws SQLException {
        session();
        one("SELECT " + CUSTOMER + " FROM cases.customer c1_0 WHERE c1_0.id = ?", customer);
        audit(customer, "customer.read", null);
        c.commit();
        session();
        List<Object[]> periods = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT jsp1_0.id, jsp1_0.created_at, jsp1_0.created_by, jsp1_0.customer_id, "
                + "jsp1_0.end_date, jsp1_0.end_reason, jsp1_0.integration_plan, jsp1_0.municipality_code, jsp1_0.rule_set, jsp1_0.start_date, "
                + "jsp1_0.status, jsp1_0.unit FROM cases.job_search_period jsp1_0 WHERE jsp1_0.customer_id = ? ORDER BY jsp1_0.start_date DESC")) {
            s.setObject(1, customer);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row(r);
                    periods.add(new Object[] {r.getObject(1, UUID.class), r.getObject(10, java.time.LocalDate.class)});
                }
            }
        }
        if (periods.isEmpty()) {
            one("SELECT " + CUSTOMER + " FROM cases.customer c1_0 WHERE c1_0.id = ?", customer);
        }
        audit(customer, "job-search.read", null);
        for (Object[] p : periods) {
            periodReads((UUID) p[0]);
        }
        c.commit();
    }

    /**
     * Registering a job seeker, starting the job search and recording the initial interview: the three requests' statements
     * in their three transactions, as the server runs them. The tasks and their later dues are those the server wrote
     * for a search started the same day ({@code tasks}: step, due, unit), so both sides write the same rows.
     */
    void registerAndInterview(String identityCode, String municipality, List<Object[]> tasks) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        UUID customer = UUID.randomUUID();
        session();
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, identityCode);
            s.executeQuery().close();
        }
        one("SELECT c1_0.id FROM cases.customer c1_0 WHERE c1_0.identity_code = ?", identityCode);
        update("INSERT INTO cases.customer (created_at, created_by, email, first_name, identity_code, interpreter_needed, language, "
                + "last_name, mother_tongue, municipality_code, phone, post_office, postal_code, preferred_channel, responsible_user, "
                + "street_address, id) VALUES (?, ?, NULL, 'Testi', ?, false, 'fi', 'Kirjoittaja', NULL, ?, NULL, NULL, NULL, 'phone', NULL, "
                + "NULL, ?)", now, user, identityCode, municipality, customer);
        audit(customer, "customer.create", null);
        c.commit();

        session();
        one("SELECT " + CUSTOMER + " FROM cases.customer c1_0 WHERE c1_0.id = ? FOR NO KEY UPDATE OF c1_0", customer);
        one("SELECT jsp1_0.id FROM cases.job_search_period jsp1_0 WHERE jsp1_0.customer_id = ? AND jsp1_0.end_date IS NULL", customer);
        one("SELECT max(jsp1_0.end_date) FROM cases.job_search_period jsp1_0 WHERE jsp1_0.customer_id = ?", customer);
        UUID period = UUID.randomUUID();
        java.time.LocalDate today = java.time.LocalDate.now();
        update("INSERT INTO cases.job_search_period (created_at, created_by, customer_id, end_date, end_reason, integration_plan, "
                + "municipality_code, rule_set, start_date, status, unit, id) VALUES (?, ?, ?, NULL, NULL, false, ?, '2026-09', ?, 'unemployed', "
                + "'initial', ?)", now, user, customer, municipality, today, period);
        generated("INSERT INTO cases.unit_assignment (assigned_by, from_date, period_id, reason, unit) VALUES (?, ?, ?, 'start', 'initial')",
                user, today, period);
        List<UUID> taskIds = new ArrayList<>();
        for (Object[] t : tasks) {
            UUID id = UUID.randomUUID();
            taskIds.add(id);
            update("INSERT INTO cases.task (customer_id, done_at, done_by, due, municipality_code, owner_unit, owner_user, period_id, state, "
                    + "step, window_from, id) VALUES (?, NULL, NULL, ?, ?, ?, NULL, ?, 'open', ?, NULL, ?)", customer, t[1], municipality, t[2],
                    period, t[0], id);
        }
        java.sql.Array ids = c.createArrayOf("uuid", new Object[] {customer});
        update("DELETE FROM cases.job_search_match WHERE customer_id = ANY(?)", ids);
        update(MATCH_REFRESH, ids);
        audit(customer, "job-search.start", null);
        periodReads(period);
        earlierSearches(customer, today);
        c.commit();

        session();
        one("SELECT jsp1_0.id FROM cases.job_search_period jsp1_0 WHERE jsp1_0.id = ? FOR NO KEY UPDATE OF jsp1_0", period);
        one("SELECT " + TASK + " FROM cases.task t1_0 WHERE t1_0.period_id = ? AND t1_0.state = 'open' AND t1_0.step LIKE ? ESCAPE '' "
                + "ORDER BY t1_0.due FETCH FIRST 1 ROWS ONLY", period, "initial-interview%");
        one("SELECT max(pv1_0.version) FROM cases.employment_plan pv1_0 WHERE pv1_0.period_id = ?", period);
        update("INSERT INTO cases.interview (held_on, kind, mode, notes, period_id, prerequisites, recorded_at, recorded_by, service_need, "
                + "task_id, id) VALUES (?, 'initial', 'face-to-face', NULL, ?, 'Koulutus ja työkokemus kartoitettu.', ?, ?, 'Työnhaun tuki.', ?, ?)",
                today, period, now, user, taskIds.get(0), UUID.randomUUID());
        update("INSERT INTO cases.employment_plan (agreed_services, applications_per_month, contact_method, created_at, created_by, notes, "
                + "period_id, version, id) VALUES ('Työnhakuvalmennus.', 4, 'phone', ?, ?, NULL, ?, 1, ?)", now, user, period, UUID.randomUUID());
        String updateTask = "UPDATE cases.task SET customer_id = ?, done_at = ?, done_by = ?, due = ?, municipality_code = ?, owner_unit = ?, "
                + "owner_user = NULL, period_id = ?, state = ?, step = ?, window_from = NULL WHERE id = ?";
        Object[] first = tasks.get(0);
        update(updateTask, customer, now, user, first[1], municipality, first[2], period, "done", first[0], taskIds.get(0));
        all("SELECT " + TASK + " FROM cases.task t1_0 WHERE t1_0.period_id = ?", period);
        one("SELECT max(jsp1_0.end_date) FROM cases.job_search_period jsp1_0 WHERE jsp1_0.customer_id = ? AND jsp1_0.start_date < ?",
                customer, today);
        audit(customer, "interview.record", null);
        for (int i = 1; i < tasks.size() && i < 3; i++) {
            Object[] t = tasks.get(i);
            update(updateTask, customer, null, null, t[1], municipality, t[2], period, "open", t[0], taskIds.get(i));
        }
        periodReads(period);
        earlierSearches(customer, today);
        c.commit();
    }

    /** What the server reads to answer with a job search: its timeline (tasks, interviews, plan versions, units) and earlier searches. */
    /** A written search's view counts its liability from the customer's searches up to it, read again after the write. */
    private void earlierSearches(UUID customer, java.time.LocalDate start) throws SQLException {
        all("SELECT jsp1_0.start_date, jsp1_0.end_date FROM cases.job_search_period jsp1_0 WHERE jsp1_0.customer_id = ? "
                + "AND jsp1_0.start_date <= ?", customer, start);
    }

    private void periodReads(UUID period) throws SQLException {
        all("SELECT " + TASK + " FROM cases.task t1_0 WHERE t1_0.period_id = ? ORDER BY t1_0.due, t1_0.step", period);
        all("SELECT i1_0.id, i1_0.held_on, i1_0.kind, i1_0.mode, i1_0.notes, i1_0.period_id, i1_0.prerequisites, i1_0.recorded_at, "
                + "i1_0.recorded_by, i1_0.service_need, i1_0.task_id FROM cases.interview i1_0 WHERE i1_0.period_id = ? ORDER BY i1_0.held_on",
                period);
        all("SELECT pv1_0.id, pv1_0.agreed_services, pv1_0.applications_per_month, pv1_0.contact_method, pv1_0.created_at, pv1_0.created_by, "
                + "pv1_0.notes, pv1_0.period_id, pv1_0.version FROM cases.employment_plan pv1_0 WHERE pv1_0.period_id = ? "
                + "ORDER BY pv1_0.version DESC", period);
        all("SELECT ua1_0.id, ua1_0.assigned_by, ua1_0.from_date, ua1_0.period_id, ua1_0.reason, ua1_0.unit FROM cases.unit_assignment ua1_0 "
                + "WHERE ua1_0.period_id = ? ORDER BY ua1_0.id", period);
    }

    private void one(String sql, Object... params) throws SQLException {
        all(sql, params);
    }

    private void all(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row(r);
                }
            }
        }
    }

    /**
     * Reads every column of the current row, as the server must to answer (its JSON is built from them): reading only
     * the first would leave the driver's decoding out of the JDBC side and flatter its figures.
     */
    private static void row(ResultSet r) throws SQLException {
        for (int i = 1, n = r.getMetaData().getColumnCount(); i <= n; i++) {
            r.getObject(i);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        }
    }

    /** An insert whose key the database makes, as Hibernate runs it (the driver adds {@code RETURNING *}). */
    private void generated(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            s.getGeneratedKeys().close();
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    /** As the authentication filter finds the session on every request: one statement, session and account joined, no transaction. */
    private void session() throws SQLException {
        c.setAutoCommit(true);
        try (PreparedStatement s = c.prepareStatement("SELECT s.username, s.csrf_token, s.last_seen_at, s.expires_at, a.display_name, a.roles, "
                + "a.active FROM security.session s JOIN security.account a ON a.username = s.username WHERE s.token_hash = ?")) {
            s.setString(1, token);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row(r);
                }
            }
        } finally {
            c.setAutoCommit(false);
        }
    }

    /** An audit event's first three columns: when, who, in which roles. */
    private void actor(PreparedStatement s) throws SQLException {
        s.setTimestamp(1, Timestamp.from(Instant.now()));
        s.setString(2, user);
        s.setString(3, roles);
    }

    private void audit(UUID customer, String action, String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cases.audit_event (at, actor, actor_roles, customer_id, action, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            actor(s);
            s.setObject(4, customer);
            s.setString(5, action);
            s.setString(6, detail);
            s.executeUpdate();
            s.getGeneratedKeys().close();
        }
    }

    /** As {@code AuditTrail.recordList}: the list's own event and each shown customer's, in one statement. */
    private void listRead(String action, String listDetail, List<UUID> ids, String detail) throws SQLException {
        String elements = ids.isEmpty() ? "ARRAY[NULL]::text[]" : "array_prepend(NULL::text, string_to_array(?, ','))";
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cases.audit_event (at, actor, actor_roles, customer_id, action, detail) "
                + "SELECT ?, ?, ?, CAST(c AS uuid), ?, CASE WHEN c IS NULL THEN ? ELSE ? END FROM unnest(" + elements + ") AS c")) {
            actor(s);
            s.setString(4, action);
            s.setString(5, listDetail);
            s.setString(6, detail);
            if (!ids.isEmpty()) {
                s.setString(7, String.join(",", new java.util.LinkedHashSet<>(ids).stream().map(UUID::toString).toList()));
            }
            s.executeUpdate();
        }
    }

    private void shown(List<UUID> ids, String action, String detail) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cases.audit_event (at, actor, actor_roles, customer_id, action, detail) "
                + "SELECT ?, ?, ?, CAST(c AS uuid), ?, ? FROM unnest(string_to_array(?, ',')) AS c")) {
            actor(s);
            s.setString(4, action);
            s.setString(5, detail);
            s.setString(6, String.join(",", ids.stream().map(UUID::toString).toList()));
            s.executeUpdate();
        }
    }
}
