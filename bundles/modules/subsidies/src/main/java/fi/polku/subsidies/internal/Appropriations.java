package fi.polku.subsidies.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * A year's appropriation (määräraha) per kind, in native SQL on {@code subsidies.appropriation}.
 * Money is committed with one conditional UPDATE, which PostgreSQL evaluates under the row's
 * lock: two decisions on any nodes can never both take the last euros.
 */
final class Appropriations {
    private Appropriations() {}

    /** One year's appropriation of one kind. */
    record Row(int year, String kind, long amountCents, long committedCents) {
        long remainingCents() {
            return amountCents - committedCents;
        }
    }

    static List<Row> forYear(EntityManager em, int year) {
        List<?> rows = em.createNativeQuery("select year, kind, amount_cents, committed_cents from subsidies.appropriation where year = ?1")
                .setParameter(1, year).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    static Optional<Row> find(EntityManager em, int year, SubsidyKind kind) {
        return forYear(em, year).stream().filter(r -> r.kind().equals(kind.id())).findFirst();
    }

    /**
     * Sets the amount, or creates the appropriation; never below what decisions have committed
     * (the WHERE leaves such a row untouched, and the caller refuses).
     *
     * @return true when the amount was set
     */
    static boolean set(EntityManager em, int year, SubsidyKind kind, long amountCents, String by) {
        return em.createNativeQuery("insert into subsidies.appropriation (year, kind, amount_cents, committed_cents, updated_at, updated_by) "
                + "values (?1, ?2, ?3, 0, now(), ?4) on conflict (year, kind) do update "
                + "set amount_cents = excluded.amount_cents, updated_at = excluded.updated_at, updated_by = excluded.updated_by "
                + "where subsidies.appropriation.committed_cents <= excluded.amount_cents")
                .setParameter(1, year).setParameter(2, kind.id()).setParameter(3, amountCents).setParameter(4, by)
                .executeUpdate() == 1;
    }

    /** Commits money when it fits in what remains, in the caller's transaction; false when it does not. */
    static boolean commit(EntityManager em, int year, SubsidyKind kind, long cents) {
        return em.createNativeQuery("update subsidies.appropriation set committed_cents = committed_cents + ?3 "
                + "where year = ?1 and kind = ?2 and committed_cents + ?3 <= amount_cents")
                .setParameter(1, year).setParameter(2, kind.id()).setParameter(3, cents)
                .executeUpdate() == 1;
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
    }
}
