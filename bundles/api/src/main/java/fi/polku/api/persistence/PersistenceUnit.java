package fi.polku.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One bundle's open persistence unit. Thread-safe; keep it for the life of your component.
 */
@ProviderType
public interface PersistenceUnit extends AutoCloseable {

    /** The schema this unit owns. */
    String schema();

    /**
     * Runs {@code work} in a transaction of its own and returns its result: committed when
     * {@code work} returns, rolled back when it throws (and the exception is rethrown), so a
     * failure never leaves half of a change written. On a closed unit it throws
     * {@link UnitClosedException}.
     */
    <T> T inTransaction(Function<EntityManager, T> work);

    /** {@link #inTransaction(Function)} for work that returns nothing. */
    default void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * A plain JDBC connection as this unit's own database role, for bulk work such as
     * {@code COPY}; close it when done. Like the unit, it reaches this unit's schema only.
     *
     * @since 1.2
     */
    Connection connection() throws SQLException;

    /** The underlying factory, for what the helpers above do not cover. */
    EntityManagerFactory entityManagerFactory();

    /** True until {@link #close()}. */
    boolean isOpen();

    /** Closes the unit; later calls fail with {@link IllegalStateException}. */
    @Override
    void close();
}
