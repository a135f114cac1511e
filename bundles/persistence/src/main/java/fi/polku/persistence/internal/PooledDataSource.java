package fi.polku.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The platform's connections to PostgreSQL. The launcher hands the database to the framework as
 * the properties {@code polku.db.url}, {@code polku.db.user} and {@code polku.db.password}.
 * That user's small pool stays inside this bundle (no {@code DataSource} service): it prepares
 * each persistence unit's own role ({@link SchemaRole}) and answers the health check. Each unit
 * gets a pool of its own that connects as its role, bounded by {@code polku.db.pool.size}.
 */
@Component(service = {HealthIndicator.class, PooledDataSource.class}, immediate = true)
public final class PooledDataSource implements HealthIndicator {
    private final String url;
    private final String secret;
    private final HikariDataSource admin;

    @Activate
    public PooledDataSource(BundleContext context) {
        this.url = required(context, "polku.db.url");
        String user = required(context, "polku.db.user");
        String password = context.getProperty("polku.db.password");
        // The units' passwords are derived from this (the same on every node, stored nowhere).
        this.secret = (password == null || password.isEmpty() ? "" : password) + "|" + url + "|" + user;
        this.admin = pool("polku", user, password, 4);
    }

    /** A pool that connects as a unit's role; the unit closes it. */
    HikariDataSource poolFor(SchemaRole role) {
        return pool("polku-" + role.name, role.name, role.password, Integer.getInteger("polku.db.pool.size", 16));
    }

    /** The launcher's user, for preparing roles only. */
    DataSource admin() {
        return admin;
    }

    String secret() {
        return secret;
    }

    private HikariDataSource pool(String name, String user, String password, int size) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url); // the PostgreSQL driver directly: DriverManager cannot see drivers across bundles
        pg.setUser(user);
        if (password != null && !password.isEmpty()) {
            pg.setPassword(password);
        }
        // No row values in exception messages (and so in logs): the server's DETAIL lines and a
        // failed batch's parameters carry the identity codes and names being written.
        pg.setLogServerErrorDetail(false);
        // A database that is gone or stalled must not hold requests for ever: connecting and
        // logging in give up after 5 s, and a read that gets no answer in 60 s (a stalled server)
        // fails; queries of persistence units have their own 30 s limit (UnitBuilder). Raise
        // polku.db.socketTimeoutSeconds for a migration that rebuilds a large index.
        pg.setConnectTimeout(5);
        pg.setLoginTimeout(5);
        pg.setSocketTimeout(Integer.getInteger("polku.db.socketTimeoutSeconds", 60));
        pg.setTcpKeepAlive(true);
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(pg);
        config.setMaximumPoolSize(size);
        // Idle units hold few connections: many modules must fit in max_connections.
        config.setMinimumIdle(1);
        // A request waits at most this long for a connection; then it is answered 503, Retry-After.
        config.setConnectionTimeout(5_000);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    private static String required(BundleContext context, String key) {
        String v = context.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("Framework property " + key + " is not set; start Polku with its launcher");
        }
        return v;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Health check() {
        try (Connection c = admin.getConnection()) {
            return c.isValid(2)
                    ? Health.up("PostgreSQL " + c.getMetaData().getDatabaseProductVersion())
                    : Health.down("connection not valid");
        } catch (SQLException e) {
            return Health.down("unreachable: " + e.getMessage());
        }
    }

    @Deactivate
    void close() {
        admin.close();
    }
}
