package fi.polku.api.persistence;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a bundle's persistence unit holds.
 *
 * @param schema the PostgreSQL schema the unit owns; lower case letters, digits and underscores.
 *        It is also the unit's name, so two bundles cannot share one.
 * @param entityClasses the unit's {@code @Entity} (and {@code @Embeddable}) classes, all from the
 *        calling bundle. Refer to another bundle's data by id, never by a JPA association.
 * @param migrations the folder in the calling bundle that holds its Flyway scripts
 *        ({@code V1__create.sql}, ...); by convention {@code db/migration/<schema>}
 */
public record UnitDefinition(String schema, List<Class<?>> entityClasses, String migrations) {
    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public UnitDefinition {
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema name must be lower case letters, digits and underscores: " + schema);
        }
        entityClasses = List.copyOf(entityClasses);
        Objects.requireNonNull(migrations, "migrations");
    }

    /** A unit whose migrations are in {@code db/migration/<schema>}. */
    public static UnitDefinition of(String schema, Class<?>... entityClasses) {
        return new UnitDefinition(schema, List.of(entityClasses), "db/migration/" + schema);
    }
}
