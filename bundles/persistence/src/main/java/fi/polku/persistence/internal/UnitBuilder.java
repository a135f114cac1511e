package fi.polku.persistence.internal;

import fi.polku.api.persistence.PersistenceUnitException;
import fi.polku.api.persistence.UnitDefinition;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Migrates a unit's schema with Flyway, then builds its Hibernate EntityManagerFactory. */
final class UnitBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(UnitBuilder.class);

    private final DataSource dataSource;

    UnitBuilder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    EntityManagerFactory build(UnitDefinition def, ClassLoader entityBundle, String bundleName) {
        ClassLoader own = UnitBuilder.class.getClassLoader();
        ClassLoader both = new BundleFirstClassLoader(entityBundle, own);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Both libraries consult the context class loader for their own service files.
        thread.setContextClassLoader(both);
        try {
            migrate(def, both, bundleName);
            return entityManagerFactory(def, both, bundleName);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void migrate(UnitDefinition def, ClassLoader loader, String bundleName) {
        try {
            MigrateResult result = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .schemas(def.schema())
                    .defaultSchema(def.schema())
                    .createSchemas(true)
                    .locations("classpath:" + def.migrations())
                    .failOnMissingLocations(true)
                    // A node of the previous version starts on a schema that an updated node has already migrated (a rolling
                    // update of a cluster): migrations it does not know are newer, not wrong. Migrations therefore only add
                    // (tables, columns with defaults); a column is dropped a release after the code stopped using it.
                    .ignoreMigrationPatterns("*:future")
                    .load()
                    .migrate();
            LOG.info("Schema {} of {} at version {} ({} migrations applied)", def.schema(), bundleName,
                    result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            throw new PersistenceUnitException("Migrating schema " + def.schema() + " of " + bundleName + " failed: " + e.getMessage(), e);
        }
    }

    private EntityManagerFactory entityManagerFactory(UnitDefinition def, ClassLoader loader, String bundleName) {
        try {
            HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration(def.schema())
                    .managedClasses(def.entityClasses())
                    .property("jakarta.persistence.nonJtaDataSource", dataSource)
                    // Without the entity bundle's loader Hibernate silently finds no entities.
                    .property("hibernate.classLoaders", List.of(loader))
                    // Mapping XML would pull in JAXB; all mapping is by annotation.
                    .property("hibernate.xml_mapping_enabled", "false")
                    .property("hibernate.default_schema", def.schema())
                    .property("hibernate.hbm2ddl.auto", "validate")
                    .property("hibernate.jdbc.time_zone", "UTC")
                    // A query that runs this long is cancelled (ms): a connection is not held for ever.
                    .property("jakarta.persistence.query.timeout", 30_000)
                    .property("hibernate.jdbc.batch_size", "50")
                    .property("hibernate.order_inserts", "true")
                    .property("hibernate.order_updates", "true")
                    .property("hibernate.connection.provider_disables_autocommit", "false")
                    .property("hibernate.boot.allow_jdbc_metadata_access", "true");
            return new HibernatePersistenceProvider().createEntityManagerFactory(config);
        } catch (RuntimeException e) {
            throw new PersistenceUnitException("Building the persistence unit " + def.schema() + " of " + bundleName
                    + " failed: " + e.getMessage(), e);
        }
    }
}
