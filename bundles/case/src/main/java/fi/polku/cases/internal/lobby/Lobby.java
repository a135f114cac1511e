package fi.polku.cases.internal.lobby;

import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.StaffDirectory;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import fi.polku.cases.internal.organisation.ConfiguredServicePoint;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The walk-in lobby (aulapalvelu) of the offices: a visitor gets a numbered ticket (the numbers
 * start from 1 each day at each office), a worker calls the next one waiting (two workers calling
 * at once never get the same ticket: {@code FOR UPDATE SKIP LOCKED}), and closes the visit as done
 * (with the customer, when known, and what was done: it then shows in the customer's journal) or
 * as left without being served. The queue shows numbers and topics, never names.
 */
@Component(service = Lobby.class)
public final class Lobby {
    public static final List<String> TOPICS = List.of("job-search", "benefits", "services", "employer", "other");
    private static final String S = CaseDatabase.SCHEMA;

    public record NewTicket(String topic) {}

    public record Close(String outcome, String customerId, String notes) {}

    public record Ticket(UUID id, String servicePoint, int number, String topic, String state, Instant issuedAt, Instant calledAt,
            String calledBy, String calledByName, UUID customerId, String notes) {}

    /** The lobby now: open or not, the tickets waiting in order, those called today and not yet closed. */
    public record Queue(String servicePoint, boolean open, List<Ticket> waiting, List<Ticket> called, int servedToday) {}

    private final PersistenceUnit unit;
    private final Messages messages;
    private final StaffDirectory staff;
    private final List<ConfiguredServicePoint> points = new CopyOnWriteArrayList<>();

    @Activate
    public Lobby(@Reference CaseDatabase database, @Reference Messages messages, @Reference StaffDirectory staff) {
        this.unit = database.unit();
        this.messages = messages;
        this.staff = staff;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addServicePoint(ConfiguredServicePoint p) {
        points.add(p);
    }

    void removeServicePoint(ConfiguredServicePoint p) {
        points.remove(p);
    }

    Queue queue(String pointId) {
        ConfiguredServicePoint point = office(pointId);
        LocalDate today = FinnishCalendar.today();
        return unit.inTransaction(em -> {
            List<Ticket> tickets = tickets(em, "service_point = ?1 AND day = ?2 AND state IN ('waiting', 'called') ORDER BY number", point, today);
            Number served = (Number) em.createNativeQuery("SELECT count(*) FROM " + S + ".lobby_ticket WHERE service_point = ?1 AND day = ?2 "
                    + "AND state = 'done'").setParameter(1, point.servicePoint().id()).setParameter(2, today).getSingleResult();
            return new Queue(point.servicePoint().id(), open(point), tickets.stream().filter(t -> t.state().equals("waiting")).toList(),
                    tickets.stream().filter(t -> t.state().equals("called")).toList(), served.intValue());
        });
    }

    /** A ticket for a visitor who walks in; only while the office is open. */
    Ticket issue(String pointId, NewTicket in, PolkuUser by) {
        ConfiguredServicePoint point = office(pointId);
        FieldCheck check = new FieldCheck(messages);
        String topic = check.oneOf("topic", in.topic(), TOPICS);
        check.done();
        if (!open(point)) {
            throw Problem.builder(409, "lobby-closed").detail(messages.texts("lobby.closed")).build();
        }
        LocalDate today = FinnishCalendar.today();
        UUID id = UUID.randomUUID();
        return unit.inTransaction(em -> {
            // One number after another: the office's tickets of the day are numbered under its lock.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('lobby:' || ?1))").setParameter(1, point.servicePoint().id()).getResultList();
            em.createNativeQuery("INSERT INTO " + S + ".lobby_ticket (id, service_point, day, number, topic, issued_at, issued_by) "
                    + "SELECT ?1, ?2, ?3, coalesce(max(number), 0) + 1, ?4, ?5, ?6 FROM " + S + ".lobby_ticket WHERE service_point = ?2 AND day = ?3")
                    .setParameter(1, id).setParameter(2, point.servicePoint().id()).setParameter(3, today).setParameter(4, topic)
                    .setParameter(5, Timestamp.from(Instant.now())).setParameter(6, by.username()).executeUpdate();
            return ticket(em, id);
        });
    }

    /** The next ticket waiting, now called by {@code by}; 404 when nobody waits. */
    Ticket callNext(String pointId, PolkuUser by) {
        ConfiguredServicePoint point = office(pointId);
        return unit.inTransaction(em -> {
            List<?> next = em.createNativeQuery("UPDATE " + S + ".lobby_ticket SET state = 'called', called_at = ?3, called_by = ?4 WHERE id = ("
                    + "SELECT id FROM " + S + ".lobby_ticket WHERE service_point = ?1 AND day = ?2 AND state = 'waiting' ORDER BY number LIMIT 1 "
                    + "FOR UPDATE SKIP LOCKED) RETURNING id").setParameter(1, point.servicePoint().id()).setParameter(2, FinnishCalendar.today())
                    .setParameter(3, Timestamp.from(Instant.now())).setParameter(4, by.username()).getResultList();
            if (next.isEmpty()) {
                throw Problem.of(404, "nobody-waiting", messages.texts("lobby.nobody"));
            }
            return ticket(em, (UUID) next.get(0));
        });
    }

    /** Closes a called ticket: {@code done} (with the customer, if known, and notes) or {@code left}. */
    Ticket close(UUID ticketId, Close in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String outcome = check.oneOf("outcome", in.outcome(), List.of("done", "left"));
        UUID customerId = in.customerId() == null || in.customerId().isBlank() ? null : check.id("customerId", in.customerId());
        String notes = check.text("notes", in.notes(), 2000, false);
        check.done();
        return unit.inTransaction(em -> {
            List<?> state = em.createNativeQuery("SELECT state FROM " + S + ".lobby_ticket WHERE id = ?1 FOR UPDATE").setParameter(1, ticketId)
                    .getResultList();
            if (state.isEmpty()) {
                throw Problem.of(404, "no-ticket", messages.texts("lobby.no-ticket"));
            }
            if (!"called".equals(state.get(0))) {
                throw Problem.builder(409, "not-called").detail(messages.texts("lobby.not-called")).build();
            }
            if (customerId != null && em.find(Customer.class, customerId) == null) {
                throw Problem.invalid().field("customerId", messages.texts("placement.no-customer")).build();
            }
            em.createNativeQuery("UPDATE " + S + ".lobby_ticket SET state = ?2, customer_id = ?3, notes = ?4, closed_at = ?5 WHERE id = ?1")
                    .setParameter(1, ticketId).setParameter(2, outcome).setParameter(3, customerId).setParameter(4, notes)
                    .setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
            if (customerId != null) {
                AuditTrail.record(em, by, customerId, "lobby.visit", outcome);
            }
            return ticket(em, ticketId);
        });
    }

    private boolean open(ConfiguredServicePoint point) {
        LocalDateTime now = LocalDateTime.now(FinnishCalendar.ZONE);
        return point.hours().holding(now.toLocalDate(), now.toLocalTime(), now.toLocalTime()).isPresent();
    }

    private ConfiguredServicePoint office(String id) {
        return points.stream().filter(p -> p.servicePoint().id().equals(id) && p.servicePoint().kind().equals("office")).findFirst()
                .orElseThrow(() -> Problem.of(404, "no-lobby", messages.texts("lobby.none")));
    }

    private Ticket ticket(EntityManager em, UUID id) {
        return tickets(em, "id = ?1", null, null, id).get(0);
    }

    private List<Ticket> tickets(EntityManager em, String where, ConfiguredServicePoint point, LocalDate day) {
        return tickets(em, where, point, day, null);
    }

    private List<Ticket> tickets(EntityManager em, String where, ConfiguredServicePoint point, LocalDate day, UUID id) {
        var q = em.createNativeQuery("SELECT id, service_point, number, topic, state, issued_at, called_at, called_by, customer_id, notes FROM "
                + S + ".lobby_ticket WHERE " + where);
        if (id != null) {
            q.setParameter(1, id);
        } else {
            q.setParameter(1, point.servicePoint().id()).setParameter(2, day);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Ticket((UUID) r[0], (String) r[1], Columns.integer(r[2]), (String) r[3], (String) r[4],
                Columns.instant(r[5]), Columns.instant(r[6]), (String) r[7], r[7] == null ? null : staff.fullName((String) r[7]).orElse((String) r[7]),
                (UUID) r[8], (String) r[9])).toList();
    }
}
