package fi.polku.subsidies.internal;

import fi.polku.api.installation.Installation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Appropriations, applications and decisions in the module's own schema {@code subsidies}. */
@Component(service = SubsidyStore.class)
public final class SubsidyStore {
    private final PersistenceUnit unit;
    private final SubsidyRules rules;

    @Activate
    public SubsidyStore(@Reference PersistenceUnits units, @Reference SubsidyRules rules, @Reference Installation installation) {
        this.unit = units.open(UnitDefinition.of("subsidies", Application.class, Decision.class));
        this.rules = rules;
        if (installation.isDemo()) {
            DemoData.seedWhenEmpty(this);
        }
    }

    @Deactivate
    void close() {
        unit.close();
    }

    PersistenceUnit unit() {
        return unit;
    }

    public List<Appropriations.Row> appropriations(int year) {
        return unit.inTransaction(em -> Appropriations.forYear(em, year));
    }

    /** Sets or raises a year's appropriation; 409 when it would fall below what is already committed. */
    public Appropriations.Row setAppropriation(int year, SubsidyKind kind, long amountCents, String by) {
        return unit.inTransaction(em -> {
            if (!Appropriations.set(em, year, kind, amountCents, by)) {
                Appropriations.Row now = Appropriations.find(em, year, kind).orElseThrow();
                throw SubsidyException.conflict("Decisions have already committed " + Money.format(now.committedCents()) + " of the " + year
                        + " appropriation for " + kind.label() + "; it cannot be set lower than that.",
                        Map.of("committedCents", now.committedCents()));
            }
            return Appropriations.find(em, year, kind).orElseThrow();
        });
    }

    public Application add(Application application) {
        unit.run(em -> em.persist(application));
        return application;
    }

    public Optional<Application> application(UUID id) {
        return unit.inTransaction(em -> Optional.ofNullable(em.find(Application.class, id)));
    }

    public Optional<Decision> decisionOn(UUID applicationId) {
        return unit.inTransaction(em -> decision(em, applicationId));
    }

    /** Applications, newest first; the pending queue (status pending) prioritised first, then oldest first. */
    public List<Application> applications(String status, SubsidyKind kind, int limit) {
        String order = "pending".equals(status) ? "a.priority desc, a.createdAt asc" : "a.createdAt desc";
        return unit.inTransaction(em -> em.createQuery("select a from Application a where (:status is null or a.status = :status) "
                + "and (:kind is null or a.kind = :kind) order by " + order + ", a.id", Application.class)
                .setParameter("status", status).setParameter("kind", kind == null ? null : kind.id())
                .setMaxResults(limit).getResultList());
    }

    /**
     * Decides an application in one transaction: the application row is locked, money is
     * committed from its year's appropriation only if it fits, and the decision is written. Any
     * refusal rolls all of it back, so nothing is ever half-saved.
     */
    public Decision decide(UUID applicationId, DecisionRequest request, String decidedBy) {
        return unit.inTransaction(em -> {
            Application a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                throw SubsidyException.notFound("No application " + applicationId + ".");
            }
            if (!"pending".equals(a.status())) {
                throw SubsidyException.conflict("This application has already been decided (" + a.status() + "); a decision is made once.");
            }
            long granted = request.grantedCents(a);
            if (granted > 0) {
                List<String> refusals = rules.refusals(a.facts());
                if (!refusals.isEmpty()) {
                    throw SubsidyException.conflict("This application cannot be granted: " + String.join(" ", refusals)
                            + " Decide it refused, with these reasons.", Map.of("refusals", refusals));
                }
                commitOrRefuse(em, a, granted);
            }
            Instant now = Instant.now();
            Decision d = new Decision(a.id(), request.outcome(), granted, a.startDate().getYear(), request.reasons(), decidedBy, now);
            em.persist(d);
            a.decided(request.outcome(), now);
            em.flush(); // the unique key on decision.application_id answers here, inside the transaction
            return d;
        });
    }

    private static void commitOrRefuse(EntityManager em, Application a, long granted) {
        int year = a.startDate().getYear();
        if (Appropriations.commit(em, year, a.kind(), granted)) {
            return;
        }
        Optional<Appropriations.Row> row = Appropriations.find(em, year, a.kind());
        if (row.isEmpty()) {
            throw SubsidyException.conflict("No appropriation for " + a.kind().label() + " in " + year
                    + " has been set, so nothing can be granted from it. A unit lead sets it first.", Map.of("remainingCents", 0L));
        }
        long remaining = row.get().remainingCents();
        throw SubsidyException.conflict("Granting " + Money.format(granted) + " would overdraw the " + year + " appropriation for "
                + a.kind().label() + ": only " + Money.format(remaining) + " remains (of " + Money.format(row.get().amountCents()) + ").",
                Map.of("remainingCents", remaining));
    }

    private static Optional<Decision> decision(EntityManager em, UUID applicationId) {
        return em.createQuery("select d from Decision d where d.applicationId = :a", Decision.class)
                .setParameter("a", applicationId).getResultStream().findFirst();
    }
}
