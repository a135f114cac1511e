package fi.polku.persistence.internal;

import com.zaxxer.hikari.HikariDataSource;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnitException;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance per using bundle (bundle scope): it knows whose entities and migrations to load,
 * and closes that bundle's units when the bundle lets the service go, as it does when it stops.
 */
@Component(service = PersistenceUnits.class, scope = ServiceScope.BUNDLE)
public final class BundlePersistenceUnits implements PersistenceUnits {
    private static final Logger LOG = LoggerFactory.getLogger(BundlePersistenceUnits.class);
    /** Schemas in use across all bundles, so two bundles cannot claim the same one. */
    private static final Map<String, Long> SCHEMA_OWNERS = new ConcurrentHashMap<>();

    private final Bundle user;
    private final Map<String, Unit> open = new ConcurrentHashMap<>();

    /** Open units by schema, with the bundle that owns each: for the health check. */
    static final Map<String, String> OPEN = new ConcurrentSkipListMap<>();

    private final PooledDataSource database;

    @Activate
    public BundlePersistenceUnits(ComponentContext context, @Reference PooledDataSource database) {
        this.user = context.getUsingBundle();
        this.database = database;
    }

    @Override
    public PersistenceUnit open(UnitDefinition def) {
        Long owner = SCHEMA_OWNERS.putIfAbsent(def.schema(), user.getBundleId());
        if (owner != null && owner != user.getBundleId()) {
            throw new IllegalStateException("Schema " + def.schema() + " belongs to bundle " + owner + ", not to " + user.getSymbolicName());
        }
        Unit existing = open.get(def.schema());
        if (existing != null && existing.isOpen()) {
            return existing;
        }
        long t0 = System.nanoTime();
        ClassLoader loader = user.adapt(BundleWiring.class).getClassLoader();
        HikariDataSource pool = null;
        try {
            // The unit connects as its own role, which can touch its own schema only.
            pool = database.poolFor(SchemaRole.prepare(database.admin(), database.secret(), def.schema()));
            HikariDataSource own = pool;
            Unit unit = new Unit(def.schema(), new UnitBuilder(own).build(def, loader, user.getSymbolicName()), own, () -> {
                own.close();
                release(def.schema());
            });
            open.put(def.schema(), unit);
            OPEN.put(def.schema(), user.getSymbolicName());
            LOG.info("Persistence unit {} of {} open in {} ms", def.schema(), user.getSymbolicName(), (System.nanoTime() - t0) / 1_000_000);
            return unit;
        } catch (SQLException e) {
            closeQuietly(pool);
            SCHEMA_OWNERS.remove(def.schema(), user.getBundleId());
            throw new PersistenceUnitException("Preparing the database role of schema " + def.schema() + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(pool);
            SCHEMA_OWNERS.remove(def.schema(), user.getBundleId());
            throw e;
        }
    }

    private static void closeQuietly(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }

    private void release(String schema) {
        open.remove(schema);
        OPEN.remove(schema);
        SCHEMA_OWNERS.remove(schema, user.getBundleId());
        LOG.info("Persistence unit {} of {} closed", schema, user.getSymbolicName());
    }

    @Deactivate
    void closeAll() {
        for (Unit unit : List.copyOf(open.values())) {
            unit.close();
        }
    }
}
