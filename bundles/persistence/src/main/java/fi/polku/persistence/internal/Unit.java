package fi.polku.persistence.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.UnitClosedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/** An open unit: the factory plus the transaction helper every bundle would otherwise write. */
final class Unit implements PersistenceUnit {
    private final String schema;
    private final EntityManagerFactory emf;
    private final DataSource pool;
    private final Runnable onClose;

    Unit(String schema, EntityManagerFactory emf, DataSource pool, Runnable onClose) {
        this.schema = schema;
        this.emf = emf;
        this.pool = pool;
        this.onClose = onClose;
    }

    @Override
    public Connection connection() throws SQLException {
        if (!emf.isOpen()) {
            throw new UnitClosedException("Persistence unit " + schema + " is closed");
        }
        return pool.getConnection();
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em;
        try {
            em = emf.createEntityManager();
        } catch (IllegalStateException closed) {
            throw new UnitClosedException("Persistence unit " + schema + " is closed");
        }
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    @Override
    public boolean isOpen() {
        return emf.isOpen();
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
            onClose.run();
        }
    }
}
