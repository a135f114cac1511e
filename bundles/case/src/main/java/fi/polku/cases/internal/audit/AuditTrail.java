package fi.polku.cases.internal.audit;

import fi.polku.cases.internal.CaseDatabase;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes audit events in the caller's transaction, so that a change and the record of it are
 * committed together or not at all.
 */
public final class AuditTrail {
    private AuditTrail() {}

    /** Actions, as stable ids. */
    public static final String CUSTOMER_CREATE = "customer.create";
    /** A module asked whether the customer is registered (the details say for what). */
    public static final String CUSTOMER_CHECK = "customer.check";
    public static final String CUSTOMER_READ = "customer.read";
    public static final String CUSTOMER_DUPLICATE = "customer.register-duplicate";
    public static final String IDENTITY_CODE_REVEAL = "customer.reveal-identity-code";
    public static final String AUDIT_READ = "audit.read";

    /**
     * One event. Written by a statement of its own rather than {@code em.persist}: nothing needs
     * the event as an entity (a later query in the transaction reads it from the table like any
     * row), and persisting one made Hibernate insert it at once with its generated key returned,
     * keep it in the session and check it at commit (14% of the CPU a customer page's
     * transactions took, measured with JFR).
     */
    public static void record(EntityManager em, PolkuUser user, UUID customerId, String action, String detail) {
        statement(em, "INSERT INTO " + TABLE + " (at, actor, actor_roles, customer_id, action, detail) VALUES (?1, ?2, ?3, CAST(?4 AS uuid), ?5, ?6)")
                .setParameter(1, Instant.now())
                .setParameter(2, user.username())
                .setParameter(3, roles(user))
                .setParameter(4, customerId)
                .setParameter(5, action)
                .setParameter(6, detail)
                .executeUpdate();
    }

    /**
     * A list (a worklist, a queue, search results) showed these customers: one event in each
     * one's own trail, so that every person shown can learn who saw them, written in one
     * statement whatever the list's length.
     */
    public static void recordShown(EntityManager em, PolkuUser user, Collection<UUID> shown, String action, String detail) {
        Set<UUID> distinct = new LinkedHashSet<>(shown);
        if (!distinct.isEmpty()) {
            insert(em, user, action, null, distinct, detail);
        }
    }

    /**
     * A list was read: one event for the list itself (no customer; {@code listDetail} says which
     * list and which rows) and one in each shown customer's own trail, all in one statement, since
     * the worklists are the pages a caseworker opens most.
     */
    public static void recordList(EntityManager em, PolkuUser user, String action, String listDetail, Collection<UUID> shown,
            String shownDetail) {
        insert(em, user, action, listDetail, new LinkedHashSet<>(shown), shownDetail);
    }

    // The list's own event is the NULL element put in front of the customers' ids.
    private static void insert(EntityManager em, PolkuUser user, String action, String listDetail, Set<UUID> shown, String shownDetail) {
        String ids = shown.isEmpty() ? "" : "string_to_array(?7, ',')";
        String elements = listDetail == null ? ids
                : shown.isEmpty() ? "ARRAY[NULL]::text[]" : "array_prepend(NULL::text, " + ids + ")";
        var q = statement(em, "INSERT INTO " + TABLE + " (at, actor, actor_roles, customer_id, action, detail) "
                        + "SELECT ?1, ?2, ?3, CAST(c AS uuid), ?4, CASE WHEN c IS NULL THEN ?6 ELSE ?5 END FROM unnest(" + elements + ") AS c")
                .setParameter(1, Instant.now())
                .setParameter(2, user.username())
                .setParameter(3, roles(user))
                .setParameter(4, action)
                .setParameter(5, shownDetail)
                .setParameter(6, listDetail == null ? "" : listDetail);
        if (!shown.isEmpty()) {
            q.setParameter(7, shown.stream().map(UUID::toString).collect(Collectors.joining(",")));
        }
        q.executeUpdate();
    }

    private static final String TABLE = CaseDatabase.SCHEMA + ".audit_event";

    /**
     * An insert into the audit table that touches nothing else: declared so (Hibernate's native
     * query spaces), it does not make Hibernate flush the session's other pending changes first,
     * which a native statement otherwise does. Those are written at commit, as before, and no
     * constraint ties an event to them.
     */
    private static jakarta.persistence.Query statement(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(NATIVE_SPACES, AuditEvent.class);
    }

    /** Hibernate's hint naming what a native statement reads or writes (HibernateHints.HINT_NATIVE_SPACES). */
    private static final String NATIVE_SPACES = "org.hibernate.query.native.spaces";

    private static String roles(PolkuUser user) {
        return user.roles().stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    /** The newest events about a customer first. */
    public static List<AuditEvent> forCustomer(EntityManager em, UUID customerId, int limit) {
        return em.createQuery("select e from AuditEvent e where e.customerId = :c order by e.at desc, e.id desc", AuditEvent.class)
                .setParameter("c", customerId)
                .setMaxResults(limit)
                .getResultList();
    }
}
