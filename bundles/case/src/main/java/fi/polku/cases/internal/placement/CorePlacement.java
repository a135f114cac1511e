package fi.polku.cases.internal.placement;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.placement.Candidate;
import fi.polku.api.placement.JobOfferView;
import fi.polku.api.placement.Placement;
import fi.polku.api.placement.PresentedJobSeeker;
import fi.polku.api.placement.VacancyCriteria;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Matching job-search profiles to a vacancy, in one statement: the profiles of the vacancy's
 * occupation minor group that want work at its place (or anywhere) are found through one GIN
 * index lookup ({@code match_keys}); those with every required language and, when asked, a
 * driving licence, and a job search in force, are scored and the best returned.
 *
 * <p>The score: the same unit group 6 (the minor group only 3); the place named 2 (anywhere 1);
 * each valued skill the profile has 1 (at most 5); can start now 1.
 */
@Component(service = {Placement.class, CorePlacement.class})
public final class CorePlacement implements Placement {
    private static final String S = CaseDatabase.SCHEMA;
    private static final String MATCH = "SELECT p.customer_id, c.first_name, c.last_name, c.municipality_code, p.consent_to_present, p.available_from, "
            + "u.exact, p.municipalities @> ARRAY[CAST(?2 AS varchar)] AS place, "
            + "ARRAY(SELECT unnest(p.skills) INTERSECT SELECT unnest(CAST(?5 AS varchar[]))) AS skills, "
            + "(p.available_from IS NULL OR p.available_from <= ?6) AS available "
            + "FROM " + S + ".job_search_profile p JOIN " + S + ".customer c ON c.id = p.customer_id "
            + "CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM unnest(p.occupations) o WHERE left(o, 4) = ?1) AS exact) u "
            + "WHERE p.match_keys && CAST(?3 AS varchar[]) AND p.languages @> CAST(?4 AS varchar[]) AND (p.driving_licence OR NOT ?7) "
            + "AND EXISTS (SELECT 1 FROM " + S + ".job_search_period j WHERE j.customer_id = p.customer_id AND j.end_date IS NULL) "
            + "ORDER BY (CASE WHEN u.exact THEN 6 ELSE 3 END) + (CASE WHEN p.municipalities @> ARRAY[CAST(?2 AS varchar)] THEN 2 ELSE 1 END) "
            + "+ least(cardinality(ARRAY(SELECT unnest(p.skills) INTERSECT SELECT unnest(CAST(?5 AS varchar[])))), 5) "
            + "+ (CASE WHEN p.available_from IS NULL OR p.available_from <= ?6 THEN 1 ELSE 0 END) DESC, p.customer_id LIMIT ?8";

    private final PersistenceUnit unit;

    @Activate
    public CorePlacement(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    @Override
    public List<Candidate> candidates(VacancyCriteria v, int limit, PolkuUser asking, String purpose) {
        Objects.requireNonNull(asking, "asking");
        if (!Occupations.valid(v.occupationCode())) {
            throw new IllegalArgumentException("Not an ISCO-08 code: " + v.occupationCode());
        }
        int n = Math.max(1, Math.min(limit, MAX_CANDIDATES));
        String group = Occupations.minorGroup(v.occupationCode());
        List<String> keys = List.of(group + ":" + v.municipalityCode(), group + ":*");
        List<String> skills = v.skills().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> languages = v.languages().stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        LocalDate today = fi.polku.api.time.FinnishCalendar.today();
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(MATCH).setParameter(1, Occupations.unitGroup(v.occupationCode()))
                    .setParameter(2, v.municipalityCode()).setParameter(3, Columns.literal(keys)).setParameter(4, Columns.literal(languages))
                    .setParameter(5, Columns.literal(skills)).setParameter(6, today).setParameter(7, v.drivingLicence()).setParameter(8, n)
                    .getResultList();
            List<Candidate> found = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                boolean exact = Boolean.TRUE.equals(r[6]);
                boolean place = Boolean.TRUE.equals(r[7]);
                List<String> matched = r[8] instanceof String[] a ? List.of(a) : r[8] instanceof Object[] o
                        ? java.util.Arrays.stream(o).map(String::valueOf).toList() : List.of();
                boolean available = Boolean.TRUE.equals(r[9]);
                List<String> reasons = new ArrayList<>();
                reasons.add(exact ? "occupation" : "occupation-group");
                reasons.add("place");
                if (!languages.isEmpty()) {
                    reasons.add("language");
                }
                if (!matched.isEmpty()) {
                    reasons.add("skill");
                }
                if (v.drivingLicence()) {
                    reasons.add("driving-licence");
                }
                if (available) {
                    reasons.add("available");
                }
                int score = (exact ? 6 : 3) + (place ? 2 : 1) + Math.min(matched.size(), 5) + (available ? 1 : 0);
                found.add(new Candidate((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], score, reasons, matched,
                        Boolean.TRUE.equals(r[4]), Columns.day(r[5])));
            }
            AuditTrail.recordShown(em, asking, found.stream().map(Candidate::customerId).toList(), "placement.candidates", purpose);
            return found;
        });
    }

    @Override
    public Optional<PresentedJobSeeker> presentable(UUID customerId, PolkuUser asking, String purpose) {
        return unit.inTransaction(em -> {
            Customer c = em.find(Customer.class, customerId);
            if (c == null) {
                return Optional.<PresentedJobSeeker>empty();
            }
            Optional<JobSearchProfiles.ProfileView> p = JobSearchProfiles.find(em, customerId).filter(JobSearchProfiles.ProfileView::consentToPresent);
            p.ifPresent(x -> AuditTrail.record(em, asking, customerId, "placement.presented", purpose));
            String contact = "phone".equals(c.preferredChannel()) ? c.phone() : "email".equals(c.preferredChannel()) ? c.email() : null;
            return p.map(x -> new PresentedJobSeeker(customerId, c.firstName(), c.lastName(), contact, x.occupations(), x.skills(),
                    x.languages(), x.education(), x.drivingLicence(), x.availableFrom()));
        });
    }

    @Override
    public List<JobOfferView> offersFor(UUID vacancyId, PolkuUser asking) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.customer_id, c.first_name, c.last_name, o.offered_on, o.response, o.outcome "
                    + "FROM " + S + ".job_offer o JOIN " + S + ".customer c ON c.id = o.customer_id WHERE o.vacancy_id = ?1 "
                    + "ORDER BY o.offered_on DESC, o.created_at DESC").setParameter(1, vacancyId).getResultList();
            List<JobOfferView> offers = rows.stream().map(r -> new JobOfferView((UUID) r[0], vacancyId, (UUID) r[1], (String) r[2], (String) r[3],
                    Columns.day(r[4]), (String) r[5], (String) r[6])).toList();
            AuditTrail.recordShown(em, asking, offers.stream().map(JobOfferView::customerId).toList(), "placement.offers-read",
                    "vacancy " + vacancyId);
            return offers;
        });
    }
}
