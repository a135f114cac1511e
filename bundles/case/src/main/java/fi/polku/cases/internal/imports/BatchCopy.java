package fi.polku.cases.internal.imports;

import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.NewCustomer;
import fi.polku.cases.internal.process.ServiceProcess;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a batch of checked rows as PostgreSQL writes fastest, with {@code COPY}, on the caller's
 * connection and in its transaction: the customers, their job searches, unit history, tasks and
 * audit events, the same rows a registration and a start write one by one. People already
 * customers (or earlier in the batch) are left out: one query for the batch. A registration of the
 * same person committed meanwhile makes the unique identity code refuse the COPY, and the caller
 * writes the batch again row by row.
 */
final class BatchCopy {
    /** Counts of a batch: rows written, rows whose person was already a customer. */
    record Written(int accepted, int unchanged) {}

    private final ServiceProcess process;

    BatchCopy(ServiceProcess process) {
        this.process = process;
    }

    Written write(Connection c, UUID job, List<Numbered> rows, PolkuUser by) throws SQLException, IOException {
        Set<String> existing = existing(c, rows.stream().map(r -> r.row().customer().identityCode().value()).toList());
        StringBuilder customers = new StringBuilder();
        StringBuilder periods = new StringBuilder();
        StringBuilder assignments = new StringBuilder();
        StringBuilder tasks = new StringBuilder();
        StringBuilder audit = new StringBuilder();
        String now = Instant.now().toString();
        String roles = by.roles().stream().map(Role::id).sorted().collect(Collectors.joining(","));
        int accepted = 0;
        for (Numbered n : rows) {
            NewCustomer in = n.row().customer();
            if (!existing.add(in.identityCode().value())) {
                continue; // already a customer, or earlier in this file
            }
            accepted++;
            UUID customer = UUID.randomUUID();
            CopyText.row(customers, customer, in.identityCode().value(), in.firstName(), in.lastName(), in.municipalityCode(),
                    in.language(), in.phone(), in.email(), in.preferredChannel(), in.motherTongue(), in.interpreterNeeded(), now,
                    by.username(), in.streetAddress(), in.postalCode(), in.postOffice(), n.row().responsibleWorker());
            CopyText.row(audit, now, by.username(), roles, customer, AuditTrail.CUSTOMER_CREATE, "import " + job + " line " + n.line());
            ImportRow.Search s = n.row().search();
            if (s == null) {
                continue;
            }
            UUID period = UUID.randomUUID();
            CopyText.row(periods, period, customer, in.municipalityCode(), s.start(), s.status(), s.rules().id(), s.unit(),
                    s.integrationPlan(), null, null, now, by.username());
            CopyText.row(assignments, period, s.unit(), s.start(), Imports.UNIT_REASON, by.username());
            for (ServiceProcess.ImportedStep step : process.importedSteps(s.start(), s.status(), s.rules(), s.integrationPlan())) {
                CopyText.row(tasks, UUID.randomUUID(), period, customer, in.municipalityCode(), step.step(), step.from(), step.due(),
                        s.unit(), null, "open", null, null);
            }
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY cases.customer (id, identity_code, first_name, last_name, municipality_code, language, phone, email, "
                + "preferred_channel, mother_tongue, interpreter_needed, created_at, created_by, street_address, postal_code, post_office, "
                + "responsible_user) FROM STDIN", new StringReader(customers.toString()));
        copy.copyIn("COPY cases.job_search_period (id, customer_id, municipality_code, start_date, status, rule_set, unit, "
                + "integration_plan, end_date, end_reason, created_at, created_by) FROM STDIN", new StringReader(periods.toString()));
        copy.copyIn("COPY cases.unit_assignment (period_id, unit, from_date, reason, assigned_by) FROM STDIN",
                new StringReader(assignments.toString()));
        copy.copyIn("COPY cases.task (id, period_id, customer_id, municipality_code, step, window_from, due, owner_unit, owner_user, "
                + "state, done_at, done_by) FROM STDIN", new StringReader(tasks.toString()));
        copy.copyIn("COPY cases.audit_event (at, actor, actor_roles, customer_id, action, detail) FROM STDIN",
                new StringReader(audit.toString()));
        return new Written(accepted, rows.size() - accepted);
    }

    /** The identity codes among {@code codes} that are customers' already. */
    private static Set<String> existing(Connection c, List<String> codes) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT identity_code FROM cases.customer WHERE identity_code = ANY(?)")) {
            Array array = c.createArrayOf("varchar", codes.toArray());
            q.setArray(1, array);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** A checked row and its line. */
    record Numbered(int line, ImportRow.Checked row) {}
}
