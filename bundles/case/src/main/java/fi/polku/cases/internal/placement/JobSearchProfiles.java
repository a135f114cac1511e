package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The job seeker's job-search profile: wanted occupations and places, languages, skills,
 * education, driving licence, availability, and the consent to be presented to employers. Each
 * save is a new version, recorded in the customer's audit trail with who saved it.
 */
@Component(service = JobSearchProfiles.class)
public final class JobSearchProfiles {
    static final int MAX_OCCUPATIONS = 10;
    static final int MAX_PLACES = 20;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_SKILLS = 30;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public record ProfileInput(List<String> occupations, List<String> municipalities, List<String> languages, List<String> skills,
            String education, Boolean drivingLicence, String availableFrom, Boolean consentToPresent, Integer version) {}

    /** {@code version}: 0 when the job seeker has no profile yet. */
    public record ProfileView(UUID customerId, List<String> occupations, List<String> municipalities, List<String> languages,
            List<String> skills, String education, boolean drivingLicence, LocalDate availableFrom, boolean consentToPresent, int version,
            Instant updatedAt, String updatedBy) {}

    private final PersistenceUnit unit;
    private final Organisation organisation;
    private final Messages messages;

    @Activate
    public JobSearchProfiles(@Reference CaseDatabase database, @Reference Organisation organisation, @Reference Messages messages) {
        this.unit = database.unit();
        this.organisation = organisation;
        this.messages = messages;
    }

    ProfileView get(UUID customerId, PolkuUser by) {
        return unit.inTransaction(em -> {
            customer(em, customerId);
            AuditTrail.record(em, by, customerId, "job-search-profile.read", "");
            return find(em, customerId).orElse(new ProfileView(customerId, List.of(), List.of(), List.of(), List.of(), null, false, null, false,
                    0, null, null));
        });
    }

    /**
     * Saves the profile; {@code version} (the one read) guards against overwriting another's save
     * made meanwhile: 409 when the profile has moved on.
     */
    ProfileView put(UUID customerId, ProfileInput in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        List<String> occupations = codes(check, in.occupations());
        List<String> places = places(check, in.municipalities());
        List<String> languages = languages(check, in.languages());
        List<String> skills = skills(check, in.skills());
        String education = check.text("education", in.education(), 200, false);
        LocalDate available = in.availableFrom() == null || in.availableFrom().isBlank() ? null : check.day("availableFrom", in.availableFrom());
        if (in.drivingLicence() == null) {
            check.fail("drivingLicence", "input.required");
        }
        if (in.consentToPresent() == null) {
            check.fail("consentToPresent", "input.required");
        }
        check.done();
        Instant now = Instant.now();
        return unit.inTransaction(em -> {
            customer(em, customerId);
            Object current = em.createNativeQuery("SELECT version FROM " + CaseDatabase.SCHEMA + ".job_search_profile WHERE customer_id = ?1 FOR UPDATE")
                    .setParameter(1, customerId).getResultStream().findFirst().orElse(null);
            int version = current == null ? 0 : ((Number) current).intValue();
            if (in.version() != null && in.version() != version) {
                throw Problem.of(409, "profile-changed", messages.texts("placement.profile-changed"));
            }
            em.createNativeQuery("INSERT INTO " + CaseDatabase.SCHEMA + ".job_search_profile (customer_id, occupations, municipalities, languages, "
                    + "skills, education, driving_licence, available_from, consent_to_present, version, updated_at, updated_by) "
                    + "VALUES (?1, CAST(?2 AS varchar[]), CAST(?3 AS varchar[]), CAST(?4 AS varchar[]), CAST(?5 AS varchar[]), ?6, ?7, ?8, ?9, "
                    + "?10, ?11, ?12) ON CONFLICT (customer_id) DO UPDATE SET occupations = EXCLUDED.occupations, "
                    + "municipalities = EXCLUDED.municipalities, languages = EXCLUDED.languages, skills = EXCLUDED.skills, "
                    + "education = EXCLUDED.education, driving_licence = EXCLUDED.driving_licence, available_from = EXCLUDED.available_from, "
                    + "consent_to_present = EXCLUDED.consent_to_present, version = EXCLUDED.version, "
                    + "updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")
                    .setParameter(1, customerId).setParameter(2, SqlArrays.literal(occupations)).setParameter(3, SqlArrays.literal(places))
                    .setParameter(4, SqlArrays.literal(languages)).setParameter(5, SqlArrays.literal(skills)).setParameter(6, education)
                    .setParameter(7, in.drivingLicence()).setParameter(8, available).setParameter(9, in.consentToPresent())
                    .setParameter(10, version + 1)
                    .setParameter(11, Timestamp.from(now)).setParameter(12, by.username()).executeUpdate();
            reindex(em, List.of(customerId));
            if (in.consentToPresent() && !occupations.isEmpty()) {
                // Published (shown to employers, with what is sought): the duty of the job search's step is met (HE 108/2025, from 1.9.2026).
                em.createNativeQuery("UPDATE " + CaseDatabase.SCHEMA + ".task SET state = 'done', done_at = ?2, done_by = ?3 "
                        + "WHERE customer_id = ?1 AND step = 'job-search-profile' AND state = 'open'").setParameter(1, customerId)
                        .setParameter(2, Timestamp.from(now)).setParameter(3, by.username()).executeUpdate();
            }
            AuditTrail.record(em, by, customerId, "job-search-profile.saved", "version " + (version + 1)
                    + (in.consentToPresent() ? ", consent to be presented" : ", no consent to be presented"));
            return new ProfileView(customerId, occupations, places, languages, skills, education, in.drivingLicence(), available,
                    in.consentToPresent(), version + 1, now, by.username());
        });
    }

    /**
     * Writes anew the matching rows of these job seekers (JobSearchProfiles' table
     * {@code job_search_match}): one per wanted occupation group and place while the job search is
     * in force, none otherwise. Called when a profile is saved and when a job search starts or ends.
     */
    public static void reindex(EntityManager em, java.util.Collection<UUID> customers) {
        if (customers.isEmpty()) {
            return;
        }
        UUID[] ids = customers.toArray(new UUID[0]);
        em.createNativeQuery("DELETE FROM " + CaseDatabase.SCHEMA + ".job_search_match WHERE customer_id = ANY(?1)").setParameter(1, ids)
                .executeUpdate();
        em.createNativeQuery(REINDEX).setParameter(1, ids).executeUpdate();
    }

    /** The statement that writes the matching rows of the job seekers {@code ?1} (a uuid[]); the demo generator uses it too. */
    public static final String REINDEX = "INSERT INTO " + CaseDatabase.SCHEMA + ".job_search_match (match_key, customer_id, unit_bits, "
            + "place_named, languages, driving_licence, skill_bits, available_from) "
            + "SELECT g.minor || ':' || pl.place, p.customer_id, g.unit_bits, pl.place <> '*', p.languages, p.driving_licence, "
            + "coalesce((SELECT bit_or(1::bigint << (hashtext(s) & 63)) FROM unnest(p.skills) s), 0), p.available_from "
            + "FROM " + CaseDatabase.SCHEMA + ".job_search_profile p "
            + "CROSS JOIN LATERAL (SELECT left(o, 3) AS minor, bit_or(1 << substr(o, 4, 1)::int)::smallint AS unit_bits "
            + "FROM unnest(p.occupations) o GROUP BY 1) g "
            + "CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.municipalities) = 0 THEN ARRAY['*']::varchar[] ELSE p.municipalities END) AS pl(place) "
            + "WHERE p.customer_id = ANY(?1) AND EXISTS (SELECT 1 FROM " + CaseDatabase.SCHEMA + ".job_search_period j "
            + "WHERE j.customer_id = p.customer_id AND j.end_date IS NULL)";

    static Optional<ProfileView> find(EntityManager em, UUID customerId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT array_to_string(occupations, ','), array_to_string(municipalities, ','), "
                + "array_to_string(languages, ','), array_to_string(skills, chr(31)), education, driving_licence, available_from, consent_to_present, "
                + "version, updated_at, updated_by FROM " + CaseDatabase.SCHEMA + ".job_search_profile WHERE customer_id = ?1")
                .setParameter(1, customerId).getResultStream().findFirst().orElse(null);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new ProfileView(customerId, SqlArrays.split((String) r[0], ","), SqlArrays.split((String) r[1], ","),
                SqlArrays.split((String) r[2], ","), SqlArrays.split((String) r[3], "\u001f"), (String) r[4], Boolean.TRUE.equals(r[5]),
                Columns.day(r[6]), Boolean.TRUE.equals(r[7]), ((Number) r[8]).intValue(),
                Columns.instant(r[9]), (String) r[10]));
    }

    private Customer customer(EntityManager em, UUID id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
        }
        return c;
    }

    private static List<String> codes(FieldCheck check, List<String> in) {
        List<String> out = distinct(in);
        if (out.isEmpty() || out.size() > MAX_OCCUPATIONS || !out.stream().allMatch(Occupations::valid)) {
            check.fail("occupations", "placement.occupations", MAX_OCCUPATIONS);
        }
        return out;
    }

    private List<String> places(FieldCheck check, List<String> in) {
        List<String> out = distinct(in);
        if (out.size() > MAX_PLACES || !out.stream().allMatch(m -> organisation.municipality(m).isPresent() || m.matches("[0-9]{3}"))) {
            check.fail("municipalities", "placement.municipalities", MAX_PLACES);
        }
        return out;
    }

    private static List<String> languages(FieldCheck check, List<String> in) {
        List<String> out = distinct(in).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        if (out.size() > MAX_LANGUAGES || !out.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
            check.fail("languages", "placement.languages", MAX_LANGUAGES);
        }
        return out;
    }

    private static List<String> skills(FieldCheck check, List<String> in) {
        List<String> out = distinct(in).stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        if (out.size() > MAX_SKILLS || out.stream().anyMatch(s -> s.length() > 60 || s.indexOf(',') >= 0 || s.indexOf('\u001f') >= 0)) {
            check.fail("skills", "placement.skills", MAX_SKILLS);
        }
        return out;
    }

    /** The list's values trimmed, blanks and repeats dropped, in order; none for null. */
    private static List<String> distinct(List<String> in) {
        if (in == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : in) {
            if (s != null && !s.isBlank() && !out.contains(s.trim())) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
