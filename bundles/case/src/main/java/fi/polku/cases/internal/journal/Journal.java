package fi.polku.cases.internal.journal;

import fi.polku.api.i18n.Messages;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The customer's journal (asiakaskertomus): one timeline, newest first, of the notes staff write
 * (append-only; a correction is a new note that points to the one it corrects, and the database
 * refuses any change or deletion), the interviews in full, and the events of the case: job searches
 * started and ended, transfers between units, referrals made and moved, job offers, appointments
 * (with the reason of the last move or cancellation) and lobby visits. The journal
 * belongs to the customer, not to a unit, so a transfer carries it along. Every read is audited.
 */
@Component(service = Journal.class)
public final class Journal {
    /** The kinds of the timeline, for its filter. */
    static final Set<String> KINDS = Set.of("note", "interview", "job-search", "transfer", "referral", "job-offer", "appointment", "visit");
    private static final String S = CaseDatabase.SCHEMA;
    private static final String TIMELINE = "SELECT * FROM ("
            + "SELECT 'note' AS kind, e.id, e.written_at AS at, NULL::date AS day, e.written_by AS by, e.subject, e.text, NULL AS a, NULL AS b, "
            + "NULL AS c, NULL AS d, e.corrects FROM " + S + ".journal_entry e WHERE e.customer_id = ?1 AND e.kind = 'note' "
            + "UNION ALL SELECT 'referral', e.id, e.written_at, NULL, e.written_by, e.subject, e.text, e.service_type, e.state, NULL, NULL, NULL "
            + "FROM " + S + ".journal_entry e WHERE e.customer_id = ?1 AND e.kind = 'event' "
            + "UNION ALL SELECT 'interview', i.id, i.recorded_at, i.held_on, i.recorded_by, i.kind, i.notes, i.mode, i.prerequisites, i.service_need, "
            + "NULL, NULL FROM " + S + ".interview i JOIN " + S + ".job_search_period p ON p.id = i.period_id WHERE p.customer_id = ?1 "
            + "UNION ALL SELECT 'job-search', p.id, p.created_at, p.start_date, p.created_by, 'started', NULL, p.status, p.unit, NULL, NULL, NULL "
            + "FROM " + S + ".job_search_period p WHERE p.customer_id = ?1 "
            + "UNION ALL SELECT 'job-search', p.id, p.end_date::timestamptz, p.end_date, NULL, 'ended', NULL, p.end_reason, NULL, NULL, NULL, NULL "
            + "FROM " + S + ".job_search_period p WHERE p.customer_id = ?1 AND p.end_date IS NOT NULL "
            + "UNION ALL SELECT 'transfer', NULL, u.from_date::timestamptz, u.from_date, u.assigned_by, u.unit, u.reason, NULL, NULL, NULL, NULL, NULL "
            + "FROM " + S + ".unit_assignment u JOIN " + S + ".job_search_period p ON p.id = u.period_id WHERE p.customer_id = ?1 "
            + "AND u.id > (SELECT min(f.id) FROM " + S + ".unit_assignment f WHERE f.period_id = u.period_id) "
            + "UNION ALL SELECT 'referral', r.id, r.created_at, NULL, r.created_by, 'referred', r.purpose, r.service_type, 'referred', NULL, NULL, NULL "
            + "FROM " + S + ".referral r WHERE r.customer_id = ?1 "
            + "UNION ALL SELECT 'job-offer', o.id, o.created_at, o.offered_on, o.offered_by, o.vacancy_title, o.employer_name, o.response, o.outcome, "
            + "NULL, NULL, NULL FROM " + S + ".job_offer o WHERE o.customer_id = ?1 "
            + "UNION ALL SELECT 'appointment', a.id, a.booked_at, (a.starts_at AT TIME ZONE 'Europe/Helsinki')::date, a.booked_by, a.state, "
            + "coalesce((SELECT x.reason FROM " + S + ".appointment_change x WHERE x.appointment_id = a.id ORDER BY x.id DESC LIMIT 1), a.late_reason), "
            + "a.purpose, a.channel, a.service_point, to_char(a.starts_at AT TIME ZONE 'Europe/Helsinki', 'HH24:MI'), NULL "
            + "FROM " + S + ".appointment a WHERE a.customer_id = ?1 "
            + "UNION ALL SELECT 'visit', v.id, v.closed_at, v.day, v.called_by, v.topic, v.notes, v.service_point, NULL, NULL, NULL, NULL "
            + "FROM " + S + ".lobby_ticket v WHERE v.customer_id = ?1 AND v.state = 'done'"
            + ") t WHERE t.kind = ANY(?2) ORDER BY t.at DESC NULLS LAST LIMIT ?3";

    public record NewEntry(String text, String corrects) {}

    /**
     * One entry of the timeline. {@code subject}: a note's "note", an interview's kind, "started" or
     * "ended", the unit moved to, the referral's state; {@code fields} what the kind carries (an
     * interview's mode, prerequisites and service need; a job search's status and unit ...).
     */
    public record Entry(String kind, UUID id, Instant at, LocalDate day, String by, String subject, String text, List<String> fields,
            UUID corrects) {}

    private final PersistenceUnit unit;
    private final Messages messages;

    @Activate
    public Journal(@Reference CaseDatabase database, @Reference Messages messages) {
        this.unit = database.unit();
        this.messages = messages;
    }

    /** The timeline, newest first, of the kinds asked (all when none), at most {@code limit}. */
    List<Entry> timeline(UUID customerId, List<String> kinds, int limit, PolkuUser by) {
        List<String> asked = kinds.isEmpty() ? List.copyOf(KINDS) : kinds;
        if (!KINDS.containsAll(asked)) {
            throw Problem.invalid().field("kind", messages.texts("journal.kind", String.join(", ", KINDS.stream().sorted().toList()))).build();
        }
        return unit.inTransaction(em -> {
            customer(em, customerId);
            AuditTrail.record(em, by, customerId, "journal.read", String.join(",", asked));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(TIMELINE).setParameter(1, customerId).setParameter(2, asked.toArray(new String[0]))
                    .setParameter(3, Math.max(1, Math.min(limit, 1000))).getResultList();
            return rows.stream().map(r -> new Entry((String) r[0], (UUID) r[1], Columns.instant(r[2]), Columns.day(r[3]), (String) r[4],
                    (String) r[5], (String) r[6], java.util.Arrays.asList(Columns.text(r[7]), Columns.text(r[8]), Columns.text(r[9]),
                    Columns.text(r[10])), (UUID) r[11])).toList();
        });
    }

    /** A note, or a correction of an earlier note of the same customer. */
    Entry write(UUID customerId, NewEntry in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String text = check.text("text", in.text(), 8000, true);
        UUID corrects = in.corrects() == null || in.corrects().isBlank() ? null : check.id("corrects", in.corrects());
        check.done();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        return unit.inTransaction(em -> {
            customer(em, customerId);
            if (corrects != null && em.createNativeQuery("SELECT 1 FROM " + S + ".journal_entry WHERE id = ?1 AND customer_id = ?2 AND kind = 'note'")
                    .setParameter(1, corrects).setParameter(2, customerId).getResultList().isEmpty()) {
                throw Problem.invalid().field("corrects", messages.texts("journal.no-such-note")).build();
            }
            em.createNativeQuery("INSERT INTO " + S + ".journal_entry (id, customer_id, kind, subject, text, corrects, written_at, written_by) "
                    + "VALUES (?1, ?2, 'note', ?3, ?4, ?5, ?6, ?7)").setParameter(1, id).setParameter(2, customerId)
                    .setParameter(3, corrects == null ? "note" : "correction").setParameter(4, text).setParameter(5, corrects)
                    .setParameter(6, Timestamp.from(now)).setParameter(7, by.username()).executeUpdate();
            AuditTrail.record(em, by, customerId, "journal.write", corrects == null ? "note" : "correction of " + corrects);
            return new Entry("note", id, now, null, by.username(), corrects == null ? "note" : "correction", text, List.of(), corrects);
        });
    }

    /** A referral moved: kept in the journal, as the referral itself keeps only its latest state. */
    public static void referralMoved(EntityManager em, UUID customerId, String serviceType, String state, String note, String by) {
        em.createNativeQuery("INSERT INTO " + S + ".journal_entry (id, customer_id, kind, subject, text, service_type, state, written_at, written_by) "
                + "VALUES (?1, ?2, 'event', ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, UUID.randomUUID()).setParameter(2, customerId)
                .setParameter(3, state).setParameter(4, note).setParameter(5, serviceType).setParameter(6, state)
                .setParameter(7, Timestamp.from(Instant.now())).setParameter(8, by).executeUpdate();
    }

    private void customer(EntityManager em, UUID id) {
        if (em.find(Customer.class, id) == null) {
            throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
        }
    }
}
