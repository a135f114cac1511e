package fi.polku.cases.internal.placement;

import fi.polku.api.persistence.Columns;
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
 * Matching job-search profiles to a vacancy. The candidates of a vacancy are the matching rows
 * ({@code job_search_match}, one per wanted occupation group and place of a job seeker whose job
 * search is in force) under the keys of the vacancy's minor group at its place and anywhere, read
 * in key order from the primary key's index; those with every required language and, when asked,
 * a driving licence are scored, and the best taken.
 *
 * <p>The score: the same unit group 6 (the minor group only 3); the place named 2 (anywhere 1);
 * each valued skill the profile has 1 (at most 5); can start now 1. In the statement the skills are
 * counted on 64-bit signatures, which can only count too many (two skills may share a bit); the
 * best rows by that count are then scored exactly from the profiles, and the statement asked for
 * more until no row left out could score above the last one kept. Equal scores come in no
 * particular order.
 */
@Component(service = {Placement.class, CorePlacement.class})
public final class CorePlacement implements Placement {
    private static final String S = CaseDatabase.SCHEMA;
    private static final String MATCH = "SELECT m.customer_id, (CASE WHEN m.unit_bits & ?1 <> 0 THEN 6 ELSE 3 END) + (CASE WHEN m.place_named THEN 2 ELSE 1 END) "
            + "+ least(bit_count((m.skill_bits & (SELECT coalesce(bit_or(1::bigint << (hashtext(x) & 63)), 0) "
            + "FROM unnest(CAST(?2 AS varchar[])) x))::bit(64)), 5) + (CASE WHEN m.available_from IS NULL OR m.available_from <= ?3 THEN 1 ELSE 0 END) AS score "
            + "FROM " + S + ".job_search_match m WHERE m.match_key = ANY(CAST(?4 AS varchar[])) AND m.languages @> CAST(?5 AS varchar[]) "
            + "AND (m.driving_licence OR NOT ?6) ORDER BY score DESC, m.customer_id LIMIT ?7";
    private static final String DETAILS = "SELECT p.customer_id, c.first_name, c.last_name, c.municipality_code, p.consent_to_present, p.available_from, "
            + "array_to_string(p.occupations, ','), array_to_string(p.municipalities, ','), array_to_string(p.skills, chr(31)) "
            + "FROM " + S + ".job_search_profile p JOIN " + S + ".customer c ON c.id = p.customer_id WHERE p.customer_id = ANY(?1) "
            + "AND EXISTS (SELECT 1 FROM " + S + ".job_search_period j WHERE j.customer_id = p.customer_id AND j.end_date IS NULL)";

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
        String unitGroup = Occupations.unitGroup(v.occupationCode());
        String group = Occupations.minorGroup(v.occupationCode());
        List<String> keys = List.of(group + ":" + v.municipalityCode(), group + ":*");
        List<String> skills = v.skills().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> languages = v.languages().stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        LocalDate today = fi.polku.api.time.FinnishCalendar.today();
        return unit.inTransaction(em -> {
            List<Candidate> best = List.of();
            for (int fetch = 4 * n; ; fetch *= 4) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(MATCH).setParameter(1, 1 << (unitGroup.charAt(3) - '0'))
                        .setParameter(2, SqlArrays.literal(skills)).setParameter(3, today).setParameter(4, SqlArrays.literal(keys))
                        .setParameter(5, SqlArrays.literal(languages)).setParameter(6, v.drivingLicence()).setParameter(7, fetch).getResultList();
                best = exactly(em, rows, unitGroup, v, skills, today, n);
                // Rows left out scored at most the last row's signature count; when that is no more than
                // the last kept candidate's exact score, none of them could come before it.
                boolean all = rows.size() < fetch;
                int bound = rows.isEmpty() ? 0 : ((Number) rows.get(rows.size() - 1)[1]).intValue();
                if (all || (best.size() == n && best.get(n - 1).score() >= bound)) {
                    break;
                }
            }
            AuditTrail.recordShown(em, asking, best.stream().map(Candidate::customerId).toList(), "placement.candidates", purpose);
            return best;
        });
    }

    /** The rows scored exactly from their profiles, best first, at most {@code n}. */
    private static List<Candidate> exactly(jakarta.persistence.EntityManager em, List<Object[]> rows, String unitGroup, VacancyCriteria v,
            List<String> skills, LocalDate today, int n) {
        if (rows.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> details = em.createNativeQuery(DETAILS).setParameter(1, rows.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new))
                .getResultList();
        List<Candidate> found = new ArrayList<>(details.size());
        for (Object[] d : details) {
            List<String> occupations = SqlArrays.split((String) d[6], ",");
            List<String> places = SqlArrays.split((String) d[7], ",");
            List<String> matched = SqlArrays.split((String) d[8], "\u001f").stream().filter(skills::contains).toList();
            LocalDate from = Columns.day(d[5]);
            boolean exact = occupations.stream().anyMatch(o -> o.startsWith(unitGroup));
            boolean place = places.contains(v.municipalityCode());
            boolean available = from == null || !from.isAfter(today);
            List<String> reasons = new ArrayList<>();
            reasons.add(exact ? "occupation" : "occupation-group");
            reasons.add("place");
            if (!v.languages().isEmpty()) {
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
            found.add(new Candidate((UUID) d[0], (String) d[1], (String) d[2], (String) d[3], score, reasons, matched, Columns.bool(d[4]), from));
        }
        found.sort(java.util.Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::customerId));
        return found.size() > n ? List.copyOf(found.subList(0, n)) : found;
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
