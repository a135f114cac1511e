package fi.polku.employer.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Employer customers: one per business ID, with their contact people, their consent to be
 * contacted (an employer that has not consented is served when it asks, never approached), how it
 * wants candidates presented, and the log of visits, events and advice.
 */
@Component(service = Employers.class)
public final class Employers {
    static final List<String> SECTORS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
    static final List<String> KINDS = List.of("visit", "event", "advice", "phone", "email");
    static final List<String> TOPICS = List.of("labour-availability", "recruitment", "business-start", "business-development", "change-security",
            "subsidies", "other");
    private static final String S = EmployerDatabase.S;

    public record NewEmployer(String businessId, String name, String sector, String municipalityCode, Boolean consentToContact,
            String presentationWay) {}

    public record EmployerRow(UUID id, String businessId, String name, String sector, String municipalityCode, boolean consentToContact) {}

    public record NewContact(String name, String title, String phone, String email) {}

    public record ContactView(UUID id, String name, String title, String phone, String email) {}

    public record NewEvent(String kind, String topic, String happenedOn, String notes, Integer dismissed) {}

    public record EventView(UUID id, String kind, String topic, LocalDate happenedOn, String notes, Integer dismissed, String recordedBy) {}

    public record EmployerView(UUID id, String businessId, String name, String sector, String municipalityCode, boolean consentToContact,
            String presentationWay, List<ContactView> contacts, List<EventView> events, boolean served) {}

    private final PersistenceUnit unit;
    private final Served served;
    private final Messages messages;

    @Activate
    public Employers(@Reference EmployerDatabase database, @Reference Served served, @Reference Messages messages) {
        this.unit = database.unit();
        this.served = served;
        this.messages = messages;
    }

    EmployerRow create(NewEmployer in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String businessId = BusinessId.normalized(in.businessId());
        if (businessId == null) {
            check.fail("businessId", "employer.business-id");
        }
        String name = check.text("name", in.name(), 200, true);
        String sector = in.sector() == null || in.sector().isBlank() ? null : check.oneOf("sector", in.sector().trim().toUpperCase(), SECTORS);
        String municipality = check.text("municipalityCode", in.municipalityCode(), 3, true);
        String way = check.text("presentationWay", in.presentationWay(), 500, false);
        if (in.consentToContact() == null) {
            check.fail("consentToContact", "input.required");
        }
        check.done();
        served.require(municipality);
        UUID id = UUID.randomUUID();
        unit.run(em -> {
            if (!em.createNativeQuery("SELECT 1 FROM " + S + ".employer WHERE business_id = ?1").setParameter(1, businessId).getResultList().isEmpty()) {
                throw Problem.of(409, "employer-exists", messages.texts("employer.exists", businessId));
            }
            em.createNativeQuery("INSERT INTO " + S + ".employer (id, business_id, name, sector, municipality_code, consent_to_contact, "
                    + "presentation_way, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)").setParameter(1, id)
                    .setParameter(2, businessId).setParameter(3, name).setParameter(4, sector).setParameter(5, municipality)
                    .setParameter(6, in.consentToContact()).setParameter(7, way).setParameter(8, Timestamp.from(Instant.now()))
                    .setParameter(9, by.username()).executeUpdate();
        });
        return new EmployerRow(id, businessId, name, sector, municipality, in.consentToContact());
    }

    /** Employers whose name begins with, or whose business ID is, {@code q}, by name; one page with the total. */
    fi.polku.api.rest.ListPage<EmployerRow> search(String q, fi.polku.api.rest.ListPage.Request page) {
        String term = q == null ? "" : q.trim().toLowerCase();
        String normalized = BusinessId.normalized(term);
        String where = " FROM " + S + ".employer WHERE lower(name) LIKE ?1 OR business_id = ?2";
        String like = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return unit.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, business_id, name, sector, municipality_code, consent_to_contact" + where
                    + " ORDER BY lower(name), id LIMIT " + page.limit() + " OFFSET " + page.offset())
                    .setParameter(1, like).setParameter(2, normalized == null ? "" : normalized).getResultList();
            List<EmployerRow> items = rows.stream().map(Employers::row).toList();
            long total = page.totalIfLast(items.size());
            if (total < 0) {
                total = ((Number) em.createNativeQuery("SELECT count(*)" + where).setParameter(1, like)
                        .setParameter(2, normalized == null ? "" : normalized).getSingleResult()).longValue();
            }
            return page.answer(total, items);
        });
    }

    Optional<EmployerView> get(UUID id) {
        return unit.inTransaction(em -> {
            Object[] r = (Object[]) em.createNativeQuery("SELECT id, business_id, name, sector, municipality_code, consent_to_contact, presentation_way "
                    + "FROM " + S + ".employer WHERE id = ?1").setParameter(1, id).getResultStream().findFirst().orElse(null);
            if (r == null) {
                return Optional.<EmployerView>empty();
            }
            return Optional.of(new EmployerView((UUID) r[0], (String) r[1], (String) r[2], Columns.text(r[3]), (String) r[4], Boolean.TRUE.equals(r[5]),
                    (String) r[6], contacts(em, id), events(em, id), served.serves((String) r[4])));
        });
    }

    ContactView addContact(UUID employerId, NewContact in) {
        FieldCheck check = new FieldCheck(messages);
        String name = check.text("name", in.name(), 200, true);
        String title = check.text("title", in.title(), 100, false);
        String phone = check.text("phone", in.phone(), 30, false);
        String email = check.text("email", in.email(), 200, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            check.fail("email", "employer.email");
        }
        check.done();
        UUID id = UUID.randomUUID();
        unit.run(em -> {
            servedEmployer(em, employerId);
            em.createNativeQuery("INSERT INTO " + S + ".contact_person (id, employer_id, name, title, phone, email, created_at) VALUES "
                    + "(?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, id).setParameter(2, employerId).setParameter(3, name).setParameter(4, title)
                    .setParameter(5, phone).setParameter(6, email).setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
        });
        return new ContactView(id, name, title, phone, email);
    }

    EventView addEvent(UUID employerId, NewEvent in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String kind = check.oneOf("kind", in.kind(), KINDS);
        String topic = check.oneOf("topic", in.topic(), TOPICS);
        LocalDate on = check.pastDay("happenedOn", in.happenedOn());
        String notes = check.text("notes", in.notes(), 4000, true);
        if (in.dismissed() != null && (in.dismissed() < 1 || !"change-security".equals(in.topic()))) {
            check.fail("dismissed", "employer.dismissed");
        }
        check.done();
        UUID id = UUID.randomUUID();
        unit.run(em -> {
            servedEmployer(em, employerId);
            em.createNativeQuery("INSERT INTO " + S + ".service_event (id, employer_id, kind, topic, happened_on, notes, dismissed, recorded_by, "
                    + "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)").setParameter(1, id).setParameter(2, employerId).setParameter(3, kind)
                    .setParameter(4, topic).setParameter(5, on).setParameter(6, notes).setParameter(7, in.dismissed())
                    .setParameter(8, by.username()).setParameter(9, Timestamp.from(Instant.now())).executeUpdate();
        });
        return new EventView(id, kind, topic, on, notes, in.dismissed(), by.username());
    }

    /** The employer, locked, if this module serves its municipality; 404 or 409 otherwise. */
    EmployerRow servedEmployer(EntityManager em, UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT id, business_id, name, sector, municipality_code, consent_to_contact FROM " + S
                + ".employer WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (r == null) {
            throw Problem.of(404, "no-employer", messages.texts("employer.none"));
        }
        EmployerRow e = row(r);
        served.require(e.municipalityCode());
        return e;
    }

    private static EmployerRow row(Object[] r) {
        return new EmployerRow((UUID) r[0], (String) r[1], (String) r[2], Columns.text(r[3]), (String) r[4], Boolean.TRUE.equals(r[5]));
    }

    @SuppressWarnings("unchecked")
    private static List<ContactView> contacts(EntityManager em, UUID employer) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, title, phone, email FROM " + S + ".contact_person WHERE employer_id = ?1 "
                + "ORDER BY created_at").setParameter(1, employer).getResultList();
        return rows.stream().map(r -> new ContactView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<EventView> events(EntityManager em, UUID employer) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, topic, happened_on, notes, dismissed, recorded_by FROM " + S + ".service_event "
                + "WHERE employer_id = ?1 ORDER BY happened_on DESC, recorded_at DESC LIMIT 200").setParameter(1, employer).getResultList();
        return rows.stream().map(r -> new EventView((UUID) r[0], (String) r[1], (String) r[2], Columns.day(r[3]), (String) r[4],
                r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6])).toList();
    }
}
