package fi.polku.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Each persistence unit connects as a PostgreSQL role of its own that owns its schema and
 * nothing else: a module that tries to read {@code cases.customer} gets "permission denied",
 * whatever its code does. The platform's own connection (the launcher's user) only prepares the
 * roles and is never handed to a bundle.
 *
 * <p>The role is named {@code <database>_<schema>} (roles belong to the whole PostgreSQL
 * cluster; two installations in one cluster must not share them). Its password is derived from
 * the platform's own secret, so every node of a cluster derives the same one and no password is
 * stored anywhere.
 */
final class SchemaRole {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    final String name;
    final String password;

    private SchemaRole(String name, String password) {
        this.name = name;
        this.password = password;
    }

    /** Creates or updates the role, gives it the schema and everything already in it. */
    static SchemaRole prepare(DataSource admin, String secret, String schema) throws SQLException {
        if (!NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        try (Connection c = admin.getConnection()) {
            c.setAutoCommit(false);
            String database;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
                rs.next();
                database = rs.getString(1);
            }
            String role = (database + "_" + schema).toLowerCase(java.util.Locale.ROOT);
            if (role.length() > 63) {
                role = role.substring(0, 63);
            }
            String password = derive(secret, role);
            try (Statement s = c.createStatement()) {
                // Two nodes may prepare the same role at once: one after the other.
                s.execute("SELECT pg_advisory_xact_lock(hashtext('polku-roles'))");
                boolean exists;
                try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                    p.setString(1, role);
                    try (ResultSet rs = p.executeQuery()) {
                        exists = rs.next();
                    }
                }
                String r = quote(role);
                s.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + r
                        + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD " + literal(password));
                s.execute("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + r);
                // The launcher's user keeps the right to hand the schema on (it may not be a superuser).
                s.execute("GRANT " + r + " TO CURRENT_USER");
                s.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema) + " AUTHORIZATION " + r);
                s.execute("ALTER SCHEMA " + quote(schema) + " OWNER TO " + r);
                s.execute(reassign(schema, role));
            }
            c.commit();
            return new SchemaRole(role, password);
        }
    }

    /**
     * What an earlier Polku created in the schema as the platform's user (tables, views and free
     * sequences; a table's own sequences follow their table) now belongs to the role.
     */
    private static String reassign(String schema, String role) {
        return "DO $$ DECLARE o record; BEGIN "
                + "FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = " + literal(schema) + " AND c.relkind IN ('r','p','v','m','f','S') "
                + "AND pg_get_userbyid(c.relowner) <> " + literal(role) + " "
                + "AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a','i'))) "
                + "ORDER BY c.relkind <> 'S' DESC LOOP "
                + "EXECUTE format('ALTER %s %I.%I OWNER TO %I', CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' "
                + "WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, "
                + literal(schema) + ", o.relname, " + literal(role) + "); END LOOP; END $$";
    }

    static String derive(String secret, String role) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(role.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
