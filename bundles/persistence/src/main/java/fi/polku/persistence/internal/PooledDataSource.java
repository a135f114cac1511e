package fi.polku.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one connection pool of the platform. The launcher hands the database to the framework as
 * the properties {@code polku.db.url}, {@code polku.db.user} and {@code polku.db.password};
 * every persistence unit shares this pool, so the number of connections stays bounded however
 * many modules are installed.
 */
@Component(service = HealthIndicator.class, immediate = true)
public final class PooledDataSource implements HealthIndicator {
    private final HikariDataSource pool;
    private final ServiceRegistration<DataSource> registration;

    @Activate
    public PooledDataSource(BundleContext context) {
        String url = required(context, "polku.db.url");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url); // the PostgreSQL driver directly: DriverManager cannot see drivers across bundles
        pg.setUser(required(context, "polku.db.user"));
        String password = context.getProperty("polku.db.password");
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
        config.setPoolName("polku");
        config.setDataSource(pg);
        config.setMaximumPoolSize(Integer.getInteger("polku.db.pool.size", 16));
        // A request waits at most this long for a connection; then it is answered 503, Retry-After.
        config.setConnectionTimeout(5_000);
        config.setAutoCommit(true);
        this.pool = new HikariDataSource(config);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("polku.datasource", "main");
        this.registration = context.registerService(DataSource.class, pool, props);
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
        try (Connection c = pool.getConnection()) {
            return c.isValid(2)
                    ? Health.up("PostgreSQL " + c.getMetaData().getDatabaseProductVersion())
                    : Health.down("connection not valid");
        } catch (SQLException e) {
            return Health.down("unreachable: " + e.getMessage());
        }
    }

    @Deactivate
    void close() {
        registration.unregister();
        pool.close();
    }
}
