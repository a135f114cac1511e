package fi.polku.employer.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.placement.Placement;
import fi.polku.api.placement.PresentedJobSeeker;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Job seekers presented to an employer for a vacancy, only while their consent to be presented is
 * in force. What the employer is shown is kept as shown ({@link #SHOWN}, and nothing else), so that
 * the authority can always tell a job seeker what an employer got.
 */
@Component(service = Presentations.class)
public final class Presentations {
    /** Everything an employer is shown of a presented job seeker. */
    static final List<String> SHOWN = List.of("firstName", "lastName", "contact", "occupations", "skills", "languages", "education",
            "drivingLicence", "availableFrom");
    private static final String S = EmployerDatabase.S;
    private static final ObjectMapper JSON = new ObjectMapper();

    public record PresentationView(UUID id, UUID vacancyId, UUID customerId, LocalDate presentedOn, String presentedBy, Map<String, Object> shown) {}

    private final PersistenceUnit unit;
    private final Vacancies vacancies;
    private final Employers employers;
    private final Placement placement;
    private final Messages messages;

    @Activate
    public Presentations(@Reference EmployerDatabase database, @Reference Vacancies vacancies, @Reference Employers employers,
            @Reference Placement placement, @Reference Messages messages) {
        this.unit = database.unit();
        this.vacancies = vacancies;
        this.employers = employers;
        this.placement = placement;
        this.messages = messages;
    }

    PresentationView present(UUID vacancyId, UUID customerId, PolkuUser by) {
        Vacancies.VacancyView v = vacancies.get(vacancyId).orElseThrow(() -> Problem.of(404, "no-vacancy", messages.texts("vacancy.none")));
        if (!v.state().equals("published")) {
            throw Problem.of(409, "vacancy-not-published", messages.texts("vacancy.not-published"));
        }
        PresentedJobSeeker p = placement.presentable(customerId, by, "presented to " + v.businessId() + " for vacancy " + vacancyId)
                .orElseThrow(() -> Problem.of(409, "no-consent", messages.texts("presentation.no-consent")));
        Map<String, Object> shown = shown(p);
        UUID id = UUID.randomUUID();
        LocalDate today = FinnishCalendar.today();
        unit.run(em -> {
            employers.servedEmployer(em, v.employerId());
            int n = em.createNativeQuery("INSERT INTO " + S + ".presentation (id, vacancy_id, customer_id, shown, presented_on, presented_by, recorded_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (vacancy_id, customer_id) DO NOTHING").setParameter(1, id)
                    .setParameter(2, vacancyId).setParameter(3, customerId).setParameter(4, json(shown)).setParameter(5, today)
                    .setParameter(6, by.username()).setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
            if (n == 0) {
                throw Problem.of(409, "presented-already", messages.texts("presentation.exists"));
            }
        });
        return new PresentationView(id, vacancyId, customerId, today, by.username(), shown);
    }

    List<PresentationView> forVacancy(UUID vacancyId) {
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, customer_id, presented_on, presented_by, shown FROM " + S + ".presentation "
                    + "WHERE vacancy_id = ?1 ORDER BY recorded_at DESC").setParameter(1, vacancyId).getResultList();
            return rows.stream().map(r -> new PresentationView((UUID) r[0], vacancyId, (UUID) r[1], Columns.day(r[2]), (String) r[3],
                    parse((String) r[4]))).toList();
        });
    }

    /** Exactly the {@link #SHOWN} fields, in that order. */
    static Map<String, Object> shown(PresentedJobSeeker p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstName", p.firstName());
        m.put("lastName", p.lastName());
        m.put("contact", p.contact());
        m.put("occupations", p.occupations());
        m.put("skills", p.skills());
        m.put("languages", p.languages());
        m.put("education", p.education());
        m.put("drivingLicence", p.drivingLicence());
        m.put("availableFrom", p.availableFrom() == null ? null : p.availableFrom().toString());
        return m;
    }

    private static String json(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> parse(String s) {
        try {
            return JSON.readValue(s, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
