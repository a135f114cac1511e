package fi.polku.api.persistence;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a bundle's persistence unit holds: {@link #of} for the usual case, then
 * {@link #withMigrations} when the scripts are somewhere else.
 */
public final class UnitDefinition {
    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String schema;
    private final List<Class<?>> entityClasses;
    private final String migrations;

    private UnitDefinition(String schema, List<Class<?>> entityClasses, String migrations) {
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema name must be lower case letters, digits and underscores: " + schema);
        }
        this.schema = schema;
        this.entityClasses = List.copyOf(entityClasses);
        this.migrations = Objects.requireNonNull(migrations, "migrations");
    }

    /**
     * A unit whose migrations are in {@code db/migration/<schema>}.
     *
     * @param schema the PostgreSQL schema the unit owns; lower case letters, digits and
     *        underscores. It is also the unit's name, so two bundles cannot share one.
     * @param entityClasses the unit's {@code @Entity} (and {@code @Embeddable}) classes, all from
     *        the calling bundle. Refer to another bundle's data by id, never by a JPA association.
     */
    public static UnitDefinition of(String schema, Class<?>... entityClasses) {
        return new UnitDefinition(schema, List.of(entityClasses), "db/migration/" + schema);
    }

    /** The same unit with its Flyway scripts ({@code V1__create.sql}, ...) in another folder of the calling bundle. */
    public UnitDefinition withMigrations(String folder) {
        return new UnitDefinition(schema, entityClasses, folder);
    }

    public String schema() {
        return schema;
    }

    public List<Class<?>> entityClasses() {
        return entityClasses;
    }

    public String migrations() {
        return migrations;
    }

    @Override
    public String toString() {
        return "UnitDefinition[" + schema + "]";
    }
}
