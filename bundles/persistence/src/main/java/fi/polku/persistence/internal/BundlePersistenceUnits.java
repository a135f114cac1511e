package fi.polku.persistence.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
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
    private final BundleContext context;
    private final UnitBuilder builder;
    private final Map<String, Unit> open = new ConcurrentHashMap<>();

    @Activate
    public BundlePersistenceUnits(ComponentContext context, @Reference(target = "(polku.datasource=main)") DataSource dataSource) {
        this.user = context.getUsingBundle();
        this.context = context.getBundleContext();
        this.builder = new UnitBuilder(dataSource);
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
        try {
            AtomicReference<ServiceRegistration<PersistenceUnit>> registration = new AtomicReference<>();
            Unit unit = new Unit(def.schema(), builder.build(def, loader, user.getSymbolicName()), () -> {
                registration.get().unregister();
                release(def.schema());
            });
            open.put(def.schema(), unit);
            // Visible as a service too, so that admins (and tests) can see which units are open.
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("polku.unit.schema", def.schema());
            props.put("polku.unit.bundle", user.getSymbolicName());
            registration.set(context.registerService(PersistenceUnit.class, unit, props));
            LOG.info("Persistence unit {} of {} open in {} ms", def.schema(), user.getSymbolicName(), (System.nanoTime() - t0) / 1_000_000);
            return unit;
        } catch (RuntimeException e) {
            SCHEMA_OWNERS.remove(def.schema(), user.getBundleId());
            throw e;
        }
    }

    private void release(String schema) {
        open.remove(schema);
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
