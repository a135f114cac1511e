package fi.polku.cases.internal.dashboard;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.cases.internal.CaseDatabase;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The dashboards' figures, per municipality and unit: aggregates only, never a person, so
 * reading them leaves no audit record of anyone's data.
 */
@Component(service = DashboardFigures.class)
public final class DashboardFigures {

    /**
     * Initial interviews held since a date, and how many of them by their statutory deadline. The
     * day held is the interview's own date; a task closed without an interview record (older data)
     * counts by the day it was closed in Finland.
     */
    public record InitialInterviews(String municipalityCode, long held, long onTime, long openLate) {}

    /** Open statutory tasks now, and how many of them are past due. */
    public record Tasks(String municipalityCode, String unit, long open, long overdue) {}

    /** One day of the nightly counts, for the trend. */
    public record TaskDay(LocalDate day, String municipalityCode, long open, long overdue) {}

    /** A person behind the initial-interview figures: the interview's deadline, the day held (null: not yet), on time or not. */
    public record InitialInterviewRow(java.util.UUID customerId, String customerName, LocalDate due, LocalDate heldOn, boolean onTime) {}

    /** Which figure's people: held, held on time, held late, or not held and past the deadline. */
    public static final java.util.Map<String, String> INITIAL_FIGURES = java.util.Map.of(
            "held", "t.state = 'done'",
            "on-time", "t.state = 'done' AND coalesce(i.held_on, (t.done_at AT TIME ZONE 'Europe/Helsinki')::date) <= t.due",
            "late", "t.state = 'done' AND coalesce(i.held_on, (t.done_at AT TIME ZONE 'Europe/Helsinki')::date) > t.due",
            "open-late", "t.state = 'open' AND t.due < :today");

    private final PersistenceUnit unit;

    @Activate
    public DashboardFigures(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    public List<InitialInterviews> initialInterviews(LocalDate since, LocalDate today) {
        return unit.inTransaction(em -> rows(em, """
                SELECT t.municipality_code,
                       count(*) FILTER (WHERE t.state = 'done'),
                       count(*) FILTER (WHERE t.state = 'done'
                                          AND coalesce(i.held_on, (t.done_at AT TIME ZONE 'Europe/Helsinki')::date) <= t.due),
                       count(*) FILTER (WHERE t.state = 'open' AND t.due < ?2)
                  FROM cases.task t LEFT JOIN cases.interview i ON i.task_id = t.id AND i.kind = 'initial'
                 WHERE t.step IN ('initial-interview', 'initial-assessment') AND t.due >= ?1
                 GROUP BY t.municipality_code ORDER BY t.municipality_code""", since, today).stream()
                .map(r -> new InitialInterviews((String) r[0], n(r[1]), n(r[2]), n(r[3]))).toList());
    }

    /**
     * The people behind one initial-interview figure of a municipality, by deadline; each person
     * shown is recorded in their own trail (a figure opened is a list of names).
     */
    public fi.polku.api.rest.ListPage<InitialInterviewRow> initialInterviewPeople(String municipality, String figure, LocalDate since,
            LocalDate today, fi.polku.cases.internal.lists.Paging paging, fi.polku.api.security.PolkuUser by) {
        String where = "t.step IN ('initial-interview', 'initial-assessment') AND t.due >= :since AND t.municipality_code = :m AND "
                + INITIAL_FIGURES.get(figure);
        String from = " FROM cases.task t JOIN cases.customer c ON c.id = t.customer_id "
                + "LEFT JOIN cases.interview i ON i.task_id = t.id AND i.kind = 'initial' WHERE " + where;
        return unit.inTransaction(em -> {
            jakarta.persistence.Query q = em.createNativeQuery("SELECT c.id, c.last_name || ', ' || c.first_name, t.due, "
                    + "CASE WHEN t.state = 'done' THEN coalesce(i.held_on, (t.done_at AT TIME ZONE 'Europe/Helsinki')::date) END" + from
                    + " ORDER BY t.due, t.id LIMIT :limit OFFSET :offset");
            jakarta.persistence.Query count = em.createNativeQuery("SELECT count(*)" + from);
            for (jakarta.persistence.Query x : List.of(q, count)) {
                x.setParameter("since", since).setParameter("m", municipality);
                if (figure.equals("open-late")) {
                    x.setParameter("today", today);
                }
            }
            q.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
            @SuppressWarnings("unchecked")
            List<Object[]> raw = q.getResultList();
            List<InitialInterviewRow> rows = raw.stream().map(r -> {
                LocalDate due = day(r[2]);
                LocalDate held = r[3] == null ? null : day(r[3]);
                return new InitialInterviewRow((java.util.UUID) r[0], (String) r[1], due, held, held != null && !held.isAfter(due));
            }).toList();
            long total = n(count.getSingleResult());
            fi.polku.cases.internal.audit.AuditTrail.record(em, by, null, "dashboard.read", "initial interviews " + figure + " "
                    + municipality + ", " + rows.size() + " of " + total);
            fi.polku.cases.internal.audit.AuditTrail.recordShown(em, by, rows.stream().map(InitialInterviewRow::customerId).toList(),
                    "dashboard.read", "behind a dashboard figure");
            return paging.page(total, rows);
        });
    }

    public List<Tasks> tasks(LocalDate today) {
        return unit.inTransaction(em -> rows(em, """
                SELECT municipality_code, owner_unit, count(*), count(*) FILTER (WHERE due < ?1)
                  FROM cases.task WHERE state = 'open'
                 GROUP BY municipality_code, owner_unit ORDER BY municipality_code, owner_unit""", today).stream()
                .map(r -> new Tasks((String) r[0], (String) r[1], n(r[2]), n(r[3]))).toList());
    }

    /** The nightly run's counts per municipality for the last days (see NightlyRecompute). */
    public List<TaskDay> taskTrend(LocalDate since) {
        return unit.inTransaction(em -> rows(em, """
                SELECT day, municipality_code, sum(open_tasks), sum(overdue_tasks) FROM cases.task_statistics
                 WHERE day >= ?1 GROUP BY day, municipality_code ORDER BY day, municipality_code""", since).stream()
                .map(r -> new TaskDay(day(r[0]), (String) r[1], n(r[2]), n(r[3]))).toList());
    }

    @SuppressWarnings("unchecked") // a native query with several columns gives Object[] rows
    private static List<Object[]> rows(jakarta.persistence.EntityManager em, String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** Hibernate 7 reads a date column as LocalDate; older settings give java.sql.Date. */
    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
