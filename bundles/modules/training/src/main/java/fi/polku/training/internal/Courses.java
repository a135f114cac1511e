package fi.polku.training.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import fi.polku.api.rest.Problem;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The courses and the joint-purchase appropriation, in the module's own schema {@code training}.
 * A joint-purchase course commits the area's share of its price when it is added, with one
 * conditional update: concurrent additions can never take more than the appropriation holds.
 */
@Component(service = Courses.class)
public final class Courses {
    /** A year's joint-purchase appropriation. */
    public record Appropriation(int year, long amountCents, long committedCents, long remainingCents) {}

    private final PersistenceUnit unit;
    /**
     * The partner accounts that provide a course: who sees the applicants' page (asked on every
     * page load, so kept here). Read on first use, not at activation: a constructor that waits for
     * the database would hold up the framework when the database is gone.
     */
    private volatile java.util.Set<String> providerAccounts;
    private final TrainingRules rules;
    private final Messages messages;

    @Activate
    public Courses(@Reference PersistenceUnits units, @Reference TrainingRules rules, @Reference Messages messages) {
        this.unit = units.open(UnitDefinition.of("training", Course.class));
        this.rules = rules;
        this.messages = messages;
    }

    /** True when the account provides at least one course. */
    public boolean isProvider(String account) {
        java.util.Set<String> known = providerAccounts;
        if (known == null) {
            known = java.util.concurrent.ConcurrentHashMap.newKeySet();
            known.addAll(unit.inTransaction(em -> em.createQuery(
                    "select distinct c.providerAccount from Course c where c.providerAccount is not null", String.class).getResultList()));
            providerAccounts = known;
        }
        return known.contains(account);
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** The unit, shared with {@link Applications}: a bundle has one persistence unit. */
    PersistenceUnit unit() {
        return unit;
    }

    public List<Course> all() {
        return unit.inTransaction(em -> em.createQuery("select c from Course c order by c.startsOn, c.name", Course.class).getResultList());
    }

    public Optional<Course> find(UUID id) {
        return unit.inTransaction(em -> Optional.ofNullable(em.find(Course.class, id)));
    }

    /** Adds a course after checking it; a joint purchase takes the area's share from its year's appropriation. */
    public Course add(CourseInput in, String by) {
        Map<String, Refusal> problems = in.problems(rules::on);
        if (!problems.isEmpty()) {
            Problem.Builder refused = Problem.invalid();
            problems.forEach((field, r) -> refused.field(field, r.texts(messages)));
            throw refused.build();
        }
        Course c = new Course(in.valid(), by);
        unit.run(em -> {
            if (c.appropriationYear() != null && !commit(em, c.appropriationYear(), c.areaShareCents())) {
                Appropriation a = appropriation(em, c.appropriationYear());
                throw Problem.builder(409, "appropriation-exceeded")
                        .detail(messages.texts("appropriation.exceeded", c.appropriationYear(), euros(c.areaShareCents()),
                                euros(a == null ? 0 : a.remainingCents())))
                        .build();
            }
            em.persist(c);
        });
        java.util.Set<String> known = providerAccounts;
        if (c.providerAccount() != null && known != null) {
            known.add(c.providerAccount());
        }
        return c;
    }

    /** Sets a year's appropriation; never below what its courses have committed. */
    public Appropriation setAppropriation(int year, long amountCents, String by) {
        return unit.inTransaction(em -> {
            int set = em.createNativeQuery("INSERT INTO training.appropriation (year, amount_cents, committed_cents, updated_at, updated_by) "
                    + "VALUES (?1, ?2, 0, now(), ?3) ON CONFLICT (year) DO UPDATE SET amount_cents = EXCLUDED.amount_cents, "
                    + "updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by "
                    + "WHERE training.appropriation.committed_cents <= EXCLUDED.amount_cents")
                    .setParameter(1, year).setParameter(2, amountCents).setParameter(3, by).executeUpdate();
            Appropriation a = appropriation(em, year);
            if (set == 0) {
                throw Problem.builder(409, "appropriation-below-committed")
                        .detail(messages.texts("appropriation.below-committed", year, euros(a.committedCents()))).build();
            }
            return a;
        });
    }

    public List<Appropriation> appropriations() {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT year, amount_cents, committed_cents FROM training.appropriation ORDER BY year")
                    .getResultList();
            return rows.stream().map(Courses::appropriation).toList();
        });
    }

    private static boolean commit(EntityManager em, int year, long cents) {
        return em.createNativeQuery("UPDATE training.appropriation SET committed_cents = committed_cents + ?2 "
                + "WHERE year = ?1 AND committed_cents + ?2 <= amount_cents").setParameter(1, year).setParameter(2, cents)
                .executeUpdate() == 1;
    }

    private static Appropriation appropriation(EntityManager em, int year) {
        List<?> rows = em.createNativeQuery("SELECT year, amount_cents, committed_cents FROM training.appropriation WHERE year = ?1")
                .setParameter(1, year).getResultList();
        return rows.isEmpty() ? null : appropriation((Object[]) rows.get(0));
    }

    private static Appropriation appropriation(Object[] r) {
        long amount = ((Number) r[1]).longValue();
        long committed = ((Number) r[2]).longValue();
        return new Appropriation(((Number) r[0]).intValue(), amount, committed, amount - committed);
    }

    /** Cents as euros for a message: 1 234,50 (the same in fi, sv and en texts of this catalogue). */
    static String euros(long cents) {
        return String.format(java.util.Locale.ROOT, "%,d,%02d €", cents / 100, Math.abs(cents % 100)).replace(',', '\u00a0')
                .replaceFirst("\u00a0(\\d\\d €)$", ",$1");
    }
}
