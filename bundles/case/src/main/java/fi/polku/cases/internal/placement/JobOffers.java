package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.placement.VacancyDirectory;
import fi.polku.api.placement.VacancySummary;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Job offers (työtarjous): a caseworker directs a job seeker with a job search in force to apply
 * for a published vacancy of an employer-services module; the offer keeps what the module said of
 * the vacancy then, and later the job seeker's response and the outcome. The employer side reads
 * the offers of its vacancy through {@link fi.polku.api.placement.Placement#offersFor}.
 */
@Component(service = JobOffers.class)
public final class JobOffers {
    static final List<String> RESPONSES = List.of("applied", "not-applied");
    static final List<String> OUTCOMES = List.of("hired", "not-hired");
    private static final String S = CaseDatabase.SCHEMA;

    public record NewOffer(String vacancyId, String offeredOn) {}

    public record Response(String response, String note, String respondedOn) {}

    public record Outcome(String outcome, String decidedOn) {}

    public record OfferView(UUID id, UUID customerId, UUID vacancyId, String vacancyTitle, String employerName, String municipalityCode,
            String occupationCode, LocalDate applyBy, LocalDate offeredOn, String offeredBy, String response, String responseNote,
            LocalDate respondedOn, String outcome, LocalDate outcomeOn) {}

    private final PersistenceUnit unit;
    private final Messages messages;
    private final List<VacancyDirectory> directories = new CopyOnWriteArrayList<>();

    @Activate
    public JobOffers(@Reference CaseDatabase database, @Reference Messages messages) {
        this.unit = database.unit();
        this.messages = messages;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDirectory(VacancyDirectory d) {
        directories.add(d);
    }

    void removeDirectory(VacancyDirectory d) {
        directories.remove(d);
    }

    OfferView offer(UUID customerId, NewOffer in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID vacancyId = check.id("vacancyId", in.vacancyId());
        LocalDate on = in.offeredOn() == null || in.offeredOn().isBlank() ? fi.polku.api.time.FinnishCalendar.today()
                : check.pastDay("offeredOn", in.offeredOn());
        check.done();
        VacancySummary v = vacancy(vacancyId).orElseThrow(() -> Problem.of(409, "vacancy-not-open", messages.texts("placement.vacancy-not-open")));
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        return unit.inTransaction(em -> {
            seeker(em, customerId);
            if (!em.createNativeQuery("SELECT 1 FROM " + S + ".job_offer WHERE customer_id = ?1 AND vacancy_id = ?2").setParameter(1, customerId)
                    .setParameter(2, vacancyId).getResultList().isEmpty()) {
                throw Problem.of(409, "offered-already", messages.texts("placement.offered-already"));
            }
            em.createNativeQuery("INSERT INTO " + S + ".job_offer (id, customer_id, vacancy_id, vacancy_title, employer_name, municipality_code, "
                    + "occupation_code, apply_by, offered_on, offered_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                    .setParameter(1, id).setParameter(2, customerId).setParameter(3, vacancyId).setParameter(4, v.title())
                    .setParameter(5, v.employerName()).setParameter(6, v.municipalityCode()).setParameter(7, v.occupationCode())
                    .setParameter(8, v.applyBy()).setParameter(9, on).setParameter(10, by.username()).setParameter(11, Timestamp.from(now))
                    .executeUpdate();
            AuditTrail.record(em, by, customerId, "job-offer.made", "vacancy " + vacancyId);
            return new OfferView(id, customerId, vacancyId, v.title(), v.employerName(), v.municipalityCode(), v.occupationCode(), v.applyBy(),
                    on, by.username(), null, null, null, null, null);
        });
    }

    List<OfferView> forCustomer(UUID customerId, PolkuUser by) {
        return unit.inTransaction(em -> {
            customer(em, customerId);
            AuditTrail.record(em, by, customerId, "job-offer.read", "");
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM " + S + ".job_offer WHERE customer_id = ?1 "
                    + "ORDER BY offered_on DESC, created_at DESC").setParameter(1, customerId).getResultList();
            return rows.stream().map(JobOffers::view).toList();
        });
    }

    /** The job seeker's response: applied, or not (a reason then); once. */
    OfferView respond(UUID offerId, Response in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String response = check.oneOf("response", in.response(), RESPONSES);
        String note = check.text("note", in.note(), 1000, "not-applied".equals(in.response()));
        LocalDate on = in.respondedOn() == null || in.respondedOn().isBlank() ? fi.polku.api.time.FinnishCalendar.today()
                : check.pastDay("respondedOn", in.respondedOn());
        check.done();
        return change(offerId, by, "job-offer.response", em -> em.createNativeQuery("UPDATE " + S + ".job_offer SET response = ?2, response_note = ?3, "
                + "responded_on = ?4 WHERE id = ?1 AND response IS NULL").setParameter(1, offerId).setParameter(2, response).setParameter(3, note)
                .setParameter(4, on).executeUpdate());
    }

    /** The outcome of an application: hired or not; once, after the response "applied". */
    OfferView outcome(UUID offerId, Outcome in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String outcome = check.oneOf("outcome", in.outcome(), OUTCOMES);
        LocalDate on = in.decidedOn() == null || in.decidedOn().isBlank() ? fi.polku.api.time.FinnishCalendar.today()
                : check.pastDay("decidedOn", in.decidedOn());
        check.done();
        return change(offerId, by, "job-offer.outcome", em -> em.createNativeQuery("UPDATE " + S + ".job_offer SET outcome = ?2, outcome_on = ?3 "
                + "WHERE id = ?1 AND response = 'applied' AND outcome IS NULL").setParameter(1, offerId).setParameter(2, outcome)
                .setParameter(3, on).executeUpdate());
    }

    private OfferView change(UUID offerId, PolkuUser by, String action, java.util.function.ToIntFunction<EntityManager> update) {
        return unit.inTransaction(em -> {
            OfferView before = one(em, offerId).orElseThrow(() -> Problem.of(404, "no-offer", messages.texts("placement.no-offer")));
            if (update.applyAsInt(em) == 0) {
                throw Problem.of(409, "offer-settled", messages.texts(action.equals("job-offer.outcome") && before.response() == null
                        ? "placement.outcome-before-response" : "placement.offer-settled"));
            }
            AuditTrail.record(em, by, before.customerId(), action, "offer " + offerId);
            return one(em, offerId).orElseThrow();
        });
    }

    private Optional<VacancySummary> vacancy(UUID id) {
        for (VacancyDirectory d : directories) {
            try {
                Optional<VacancySummary> v = d.vacancy(id);
                if (v.isPresent()) {
                    return v;
                }
            } catch (RuntimeException e) {
                // A module that fails answers nothing; another may know the vacancy.
            }
        }
        return Optional.empty();
    }

    private static final String COLUMNS = "id, customer_id, vacancy_id, vacancy_title, employer_name, municipality_code, occupation_code, apply_by, "
            + "offered_on, offered_by, response, response_note, responded_on, outcome, outcome_on";

    private static Optional<OfferView> one(EntityManager em, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM " + S + ".job_offer WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(JobOffers::view);
    }

    private static OfferView view(Object[] r) {
        return new OfferView((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], Columns.day(r[7]),
                Columns.day(r[8]), (String) r[9], (String) r[10], (String) r[11], Columns.day(r[12]), (String) r[13], Columns.day(r[14]));
    }

    private Customer customer(EntityManager em, UUID id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
        }
        return c;
    }

    /** A customer with a job search in force: job offers are for job seekers. */
    private void seeker(EntityManager em, UUID id) {
        customer(em, id);
        if (em.createNativeQuery("SELECT 1 FROM " + S + ".job_search_period WHERE customer_id = ?1 AND end_date IS NULL").setParameter(1, id)
                .getResultList().isEmpty()) {
            throw Problem.of(409, "no-job-search", messages.texts("placement.no-job-search"));
        }
    }
}
