package fi.polku.employer.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.placement.VacancyCriteria;
import fi.polku.api.placement.VacancyDirectory;
import fi.polku.api.placement.VacancySummary;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Vacancies: drafted, published (open for applications until the last day to apply) and closed.
 * The core asks about a published vacancy when it records a job offer ({@link VacancyDirectory}).
 */
@Component(service = {Vacancies.class, VacancyDirectory.class})
public final class Vacancies implements VacancyDirectory {
    static final List<String> STATES = List.of("draft", "published", "closed");
    private static final String S = EmployerDatabase.S;
    private static final String COLUMNS = "v.id, v.employer_id, e.name, e.business_id, v.title, v.occupation_code, v.municipality_code, v.workplace, "
            + "v.languages, v.driving_licence, v.skills, v.requirements, v.starts_on, v.ends_on, v.positions, v.how_to_apply, v.apply_by, v.state, "
            + "v.published_at";

    public record NewVacancy(String employerId, String title, String occupationCode, String municipalityCode, String workplace,
            List<String> languages, Boolean drivingLicence, List<String> skills, String requirements, String startsOn, String endsOn,
            Integer positions, String howToApply, String applyBy, Boolean publish) {}

    public record VacancyView(UUID id, UUID employerId, String employerName, String businessId, String title, String occupationCode,
            String municipalityCode, String workplace, List<String> languages, boolean drivingLicence, List<String> skills, String requirements,
            LocalDate startsOn, LocalDate endsOn, int positions, String howToApply, LocalDate applyBy, String state, Instant publishedAt) {

        VacancyCriteria criteria() {
            return new VacancyCriteria(occupationCode, municipalityCode, languages, drivingLicence, skills);
        }
    }

    private final PersistenceUnit unit;
    private final Employers employers;
    private final Served served;
    private final Messages messages;

    @Activate
    public Vacancies(@Reference EmployerDatabase database, @Reference Employers employers, @Reference Served served, @Reference Messages messages) {
        this.unit = database.unit();
        this.employers = employers;
        this.served = served;
        this.messages = messages;
    }

    VacancyView create(NewVacancy in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID employer = check.id("employerId", in.employerId());
        String title = check.text("title", in.title(), 200, true);
        String occupation = in.occupationCode() == null ? null : in.occupationCode().trim();
        if (occupation == null || !occupation.matches("[0-9]{4,5}")) {
            check.fail("occupationCode", "vacancy.occupation");
        }
        String municipality = in.municipalityCode() == null ? null : in.municipalityCode().trim();
        if (municipality == null || !municipality.matches("[0-9]{3}")) {
            check.fail("municipalityCode", "vacancy.municipality");
        }
        String workplace = check.text("workplace", in.workplace(), 200, false);
        List<String> languages = words(in.languages());
        if (languages.size() > 10 || !languages.stream().allMatch(l -> l.matches("[a-z]{2}"))) {
            check.fail("languages", "vacancy.languages");
        }
        List<String> skills = words(in.skills());
        if (skills.size() > 30 || skills.stream().anyMatch(s -> s.length() > 60 || s.contains(","))) {
            check.fail("skills", "vacancy.skills");
        }
        String requirements = check.text("requirements", in.requirements(), 4000, false);
        LocalDate starts = blank(in.startsOn()) ? null : check.day("startsOn", in.startsOn());
        LocalDate ends = blank(in.endsOn()) ? null : check.day("endsOn", in.endsOn());
        if (starts != null && ends != null && ends.isBefore(starts)) {
            check.fail("endsOn", "vacancy.ends-before-start");
        }
        if (in.positions() == null || in.positions() < 1 || in.positions() > 1000) {
            check.fail("positions", "vacancy.positions");
        }
        String how = check.text("howToApply", in.howToApply(), 2000, true);
        LocalDate applyBy = check.day("applyBy", in.applyBy());
        if (applyBy != null && applyBy.isBefore(FinnishCalendar.today())) {
            check.fail("applyBy", "vacancy.apply-by-past");
        }
        check.done();
        served.require(municipality);
        UUID id = UUID.randomUUID();
        boolean publish = Boolean.TRUE.equals(in.publish());
        return unit.inTransaction(em -> {
            employers.servedEmployer(em, employer);
            Instant now = Instant.now();
            em.createNativeQuery("INSERT INTO " + S + ".vacancy (id, employer_id, title, occupation_code, municipality_code, workplace, languages, "
                    + "driving_licence, skills, requirements, starts_on, ends_on, positions, how_to_apply, apply_by, state, published_at, created_by, "
                    + "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)")
                    .setParameter(1, id).setParameter(2, employer).setParameter(3, title).setParameter(4, occupation).setParameter(5, municipality)
                    .setParameter(6, workplace).setParameter(7, String.join(",", languages)).setParameter(8, Boolean.TRUE.equals(in.drivingLicence()))
                    .setParameter(9, String.join(",", skills)).setParameter(10, requirements).setParameter(11, starts).setParameter(12, ends)
                    .setParameter(13, in.positions()).setParameter(14, how).setParameter(15, applyBy).setParameter(16, publish ? "published" : "draft")
                    .setParameter(17, publish ? Timestamp.from(now) : null).setParameter(18, by.username()).setParameter(19, Timestamp.from(now))
                    .executeUpdate();
            return one(em, id).orElseThrow();
        });
    }

    /** Publishes a draft, or closes a published vacancy. */
    VacancyView move(UUID id, String to) {
        return unit.inTransaction(em -> {
            VacancyView v = one(em, id).orElseThrow(() -> Problem.of(404, "no-vacancy", messages.texts("vacancy.none")));
            employers.servedEmployer(em, v.employerId());
            String from = to.equals("published") ? "draft" : "published";
            int n = em.createNativeQuery("UPDATE " + S + ".vacancy SET state = ?2, " + (to.equals("published") ? "published_at" : "closed_at")
                    + " = ?3 WHERE id = ?1 AND state = ?4").setParameter(1, id).setParameter(2, to).setParameter(3, Timestamp.from(Instant.now()))
                    .setParameter(4, from).executeUpdate();
            if (n == 0) {
                throw Problem.of(409, "vacancy-state", messages.texts("vacancy.cannot-move", messages.texts("vacancy-state." + v.state())));
            }
            return one(em, id).orElseThrow();
        });
    }

    Optional<VacancyView> get(UUID id) {
        return unit.inTransaction(em -> one(em, id));
    }

    List<VacancyView> forEmployer(UUID employerId) {
        return list("v.employer_id = ?1 ORDER BY v.created_at DESC LIMIT 200", employerId);
    }

    /**
     * The published vacancies still open for applications, oldest published first, after the
     * position ({@code after}, {@code afterId}) of the previous page's last one (a feed's page).
     */
    List<VacancyView> published(Instant after, UUID afterId, int limit) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM " + S + ".vacancy v JOIN " + S + ".employer e ON e.id = v.employer_id "
                    + "WHERE v.state = 'published' AND v.apply_by >= ?1 AND (v.published_at, v.id) > (?2, ?4) ORDER BY v.published_at, v.id LIMIT ?3")
                    .setParameter(1, FinnishCalendar.today()).setParameter(2, Timestamp.from(after)).setParameter(3, limit).setParameter(4, afterId)
                    .getResultList();
            return rows.stream().map(Vacancies::view).toList();
        });
    }

    @Override
    public Optional<VacancySummary> vacancy(UUID vacancyId) {
        return get(vacancyId).filter(v -> v.state().equals("published") && !v.applyBy().isBefore(FinnishCalendar.today()))
                .map(v -> new VacancySummary(v.id(), v.title(), v.employerName(), v.municipalityCode(), v.occupationCode(), v.applyBy()));
    }

    private List<VacancyView> list(String where, Object param) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM " + S + ".vacancy v JOIN " + S + ".employer e ON e.id = v.employer_id "
                    + "WHERE " + where).setParameter(1, param).getResultList();
            return rows.stream().map(Vacancies::view).toList();
        });
    }

    private static Optional<VacancyView> one(EntityManager em, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM " + S + ".vacancy v JOIN " + S + ".employer e ON e.id = v.employer_id "
                + "WHERE v.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Vacancies::view);
    }

    private static VacancyView view(Object[] r) {
        return new VacancyView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                split((String) r[8]), Boolean.TRUE.equals(r[9]), split((String) r[10]), (String) r[11], Columns.day(r[12]), Columns.day(r[13]),
                ((Number) r[14]).intValue(), (String) r[15], Columns.day(r[16]), (String) r[17], Columns.instant(r[18]));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static List<String> words(List<String> in) {
        return in == null ? List.of() : in.stream().filter(s -> s != null && !s.isBlank()).map(s -> s.trim().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
