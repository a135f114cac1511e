package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.installation.Installation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.api.rest.Problem;
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
    private final Messages messages;

    @Activate
    public SubsidyStore(@Reference PersistenceUnits units, @Reference SubsidyRules rules, @Reference Installation installation,
            @Reference Messages messages) {
        this.unit = units.open(UnitDefinition.of("subsidies", Application.class, Decision.class));
        this.rules = rules;
        this.messages = messages;
        if (installation.isDemo()) {
            DemoData.seedWhenEmpty(this);
        }
    }

    @Deactivate
    void close() {
        unit.close();
    }

    Messages messages() {
        return messages;
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
                throw Problem.builder(409, "below-committed")
                        .detail(Reason.of("below-committed", Money.format(now.committedCents()), year, Reason.kind(kind)).texts(messages))
                        .extension("committedCents", now.committedCents()).build();
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
    public fi.polku.api.rest.ListPage<Application> applications(String status, SubsidyKind kind, UUID customerId,
            fi.polku.api.rest.ListPage.Request page) {
        String order = "pending".equals(status) ? "a.priority desc, a.createdAt asc" : "a.createdAt desc";
        String where = " from Application a where (:status is null or a.status = :status) "
                + "and (:kind is null or a.kind = :kind) and (:customer is null or a.customerId = :customer)";
        return unit.inTransaction(em -> {
            List<Application> items = em.createQuery("select a" + where + " order by " + order + ", a.id", Application.class)
                    .setParameter("status", status).setParameter("kind", kind == null ? null : kind.id()).setParameter("customer", customerId)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            long total = page.totalIfLast(items.size());
            if (total < 0) {
                total = em.createQuery("select count(a)" + where, Long.class).setParameter("status", status)
                        .setParameter("kind", kind == null ? null : kind.id()).setParameter("customer", customerId).getSingleResult();
            }
            return page.answer(total, items);
        });
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
                throw Problem.of(404, "no-application", messages.texts("no-application"));
            }
            if (!"pending".equals(a.status())) {
                throw Problem.of(409, "decided-already", messages.texts("decided-already", messages.texts("status." + a.status())));
            }
            long granted = request.grantedCents(a, messages);
            if (granted > 0) {
                List<Map<String, String>> refusals = rules.refusals(a.facts()).stream().map(r -> r.texts(messages)).toList();
                if (!refusals.isEmpty()) {
                    throw Problem.builder(409, "rules-refuse").detail(messages.texts("cannot-grant", joined(refusals)))
                            .extension("refusals", refusals).build();
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

    /** The reasons one after another, in each language. */
    private static Map<String, String> joined(List<Map<String, String>> reasons) {
        Map<String, String> joined = new java.util.TreeMap<>();
        for (String language : reasons.get(0).keySet()) {
            joined.put(language, String.join(" ", reasons.stream().map(r -> r.get(language)).toList()));
        }
        return joined;
    }

    private void commitOrRefuse(EntityManager em, Application a, long granted) {
        int year = a.startDate().getYear();
        if (Appropriations.commit(em, year, a.kind(), granted)) {
            return;
        }
        Optional<Appropriations.Row> row = Appropriations.find(em, year, a.kind());
        if (row.isEmpty()) {
            throw Problem.builder(409, "no-appropriation").detail(Reason.of("no-appropriation", Reason.kind(a.kind()), year).texts(messages))
                    .extension("remainingCents", 0L).build();
        }
        long remaining = row.get().remainingCents();
        throw Problem.builder(409, "overdraw").detail(Reason.of("overdraw", Money.format(granted), year, Reason.kind(a.kind()),
                Money.format(remaining), Money.format(row.get().amountCents())).texts(messages)).extension("remainingCents", remaining).build();
    }

    private static Optional<Decision> decision(EntityManager em, UUID applicationId) {
        return em.createQuery("select d from Decision d where d.applicationId = :a", Decision.class)
                .setParameter("a", applicationId).getResultStream().findFirst();
    }
}
