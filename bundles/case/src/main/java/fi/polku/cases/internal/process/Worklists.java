package fi.polku.cases.internal.process;

import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.lists.CountedPage;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.lists.Sorting;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A caseworker's worklist and a unit's queue: open tasks, one page at a time with the total,
 * filtered and ordered as the user asks. Both read through a partial index on open tasks, so
 * their cost follows the list's length, not the number of job seekers.
 */
@Component(service = Worklists.class)
public final class Worklists {
    static final int MAX_ROWS = 500;
    private static final Map<String, String> COLUMNS = Map.of("due", "t.due", "step", "t.step, t.due",
            "customer", "c.lastName, c.firstName", "municipality", "t.municipalityCode, t.due");
    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,59}");

    /** What a list is narrowed to: a municipality, a kind of step, overdue or not (null: any). */
    public record Filter(String municipality, String step, Boolean overdue) {}

    private final PersistenceUnit unit;
    private final Organisation organisation;

    @Activate
    public Worklists(@Reference CaseDatabase database, @Reference Organisation organisation) {
        this.unit = database.unit();
        this.organisation = organisation;
    }

    /** The tasks on a caseworker's own worklist ({@code worker} is the caller, or one a unit lead looks at). */
    public CountedPage<Views.TaskRow> worklist(String worker, Filter filter, String sort, Paging paging, PolkuUser user) {
        return rows("t.ownerUser = :key", worker, filter, sort, paging, user, "worklist " + worker);
    }

    /** The tasks waiting in a unit's queue, taken by nobody yet. */
    public CountedPage<Views.TaskRow> queue(String unitId, Filter filter, String sort, Paging paging, PolkuUser user) {
        if (organisation.unit(unitId).isEmpty()) {
            throw Refusals.notFound(Message.UNIT_UNKNOWN, unitId,
                    String.join(", ", organisation.units().stream().map(u -> u.id()).sorted().toList()));
        }
        return rows("t.ownerUnit = :key and t.ownerUser is null", unitId, filter, sort, paging, user, "unit queue " + unitId);
    }

    /** Every open task of a unit, whoever has it: what a dashboard's figure is made of. */
    public CountedPage<Views.TaskRow> unitTasks(String unitId, Filter filter, String sort, Paging paging, PolkuUser user) {
        if (organisation.unit(unitId).isEmpty()) {
            throw Refusals.notFound(Message.UNIT_UNKNOWN, unitId,
                    String.join(", ", organisation.units().stream().map(u -> u.id()).sorted().toList()));
        }
        return rows("t.ownerUnit = :key", unitId, filter, sort, paging, user, "dashboard tasks " + unitId);
    }

    /** How many open tasks a list has, and how many of them are overdue: figures only, no one's name. */
    public record Counts(long open, long overdue) {}

    public Counts worklistCounts(String worker) {
        return counts("t.ownerUser = :key", worker);
    }

    public Counts queueCounts(String unitId) {
        return counts("t.ownerUnit = :key and t.ownerUser is null", unitId);
    }

    private Counts counts(String where, String key) {
        return unit.inTransaction(em -> {
            Object[] r = em.createQuery("select count(t), coalesce(sum(case when t.due < :today then 1 else 0 end), 0) from Task t "
                    + "where t.state = 'open' and " + where, Object[].class)
                    .setParameter("today", FinnishCalendar.today()).setParameter("key", key).getSingleResult();
            return new Counts(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        });
    }

    /** Checks a filter's values, each refused with its field named. */
    public Filter filter(String municipality, String step, String overdue) {
        if (municipality != null && !municipality.isBlank() && organisation.municipality(municipality.trim()).isEmpty()) {
            throw Refusals.invalid("municipality", Message.MUNICIPALITY_OUTSIDE_AREA, municipality.trim(),
                    String.join(", ", organisation.municipalities().stream().map(m -> m.code()).toList()));
        }
        if (step != null && !step.isBlank() && !STEP.matcher(step.trim()).matches()) {
            throw Refusals.invalid("step", Message.STEP_UNKNOWN, step.trim());
        }
        if (overdue != null && !overdue.isBlank() && !overdue.equals("true") && !overdue.equals("false")) {
            throw Refusals.invalid("overdue", Message.TRUE_OR_FALSE);
        }
        return new Filter(blank(municipality) ? null : municipality.trim(), blank(step) ? null : step.trim(),
                blank(overdue) ? null : Boolean.valueOf(overdue));
    }

    private CountedPage<Views.TaskRow> rows(String where, String key, Filter f, String sort, Paging paging, PolkuUser user, String what) {
        LocalDate today = FinnishCalendar.today();
        StringBuilder conditions = new StringBuilder("t.state = 'open' and " + where);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("key", key);
        if (f.municipality() != null) {
            conditions.append(" and t.municipalityCode = :municipality");
            parameters.put("municipality", f.municipality());
        }
        if (f.step() != null) {
            conditions.append(" and (t.step = :step or t.step like :stepPrefix)");
            parameters.put("step", f.step());
            parameters.put("stepPrefix", f.step() + "-%");
        }
        if (f.overdue() != null) {
            conditions.append(f.overdue() ? " and t.due < :today" : " and t.due >= :today");
            parameters.put("today", today);
        }
        String order = Sorting.orderBy(sort, COLUMNS, "due", "t.id");
        return unit.inTransaction(em -> {
            TypedQuery<Object[]> q = em.createQuery("select t.id, t.step, t.windowFrom, t.due, c.id, c.lastName, c.firstName, "
                    + "t.municipalityCode, t.periodId, t.ownerUnit, t.ownerUser from Task t join Customer c on c.id = t.customerId "
                    + "where " + conditions + " order by " + order, Object[].class);
            parameters.forEach(q::setParameter);
            List<Object[]> raw = q.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList();
            long counted = raw.size() < paging.limit() && (paging.offset() == 0 || !raw.isEmpty())
                    ? paging.offset() + raw.size() : count(em, conditions.toString(), parameters, CountedPage.bound(paging) + 1);
            // A list shows many customers' names: recorded as the list it was, and in each person's own trail.
            AuditTrail.recordList(em, user, "worklist.read", what + ", " + raw.size() + " rows from " + paging.offset(),
                    raw.stream().map(r -> (UUID) r[4]).toList(), what);
            return CountedPage.of(paging, counted, raw.stream().map(r -> new Views.TaskRow((UUID) r[0], (String) r[1], (LocalDate) r[2],
                    (LocalDate) r[3], ((LocalDate) r[3]).isBefore(today), (UUID) r[4], r[5] + ", " + r[6], (String) r[7],
                    (UUID) r[8], (String) r[9], (String) r[10])).toList());
        });
    }

    // A short last page already tells the total; only a full page (or one past the end) needs counting, and then only so far
    // (count(*) of at most `most` rows of the list's partial index: index-only, whatever the list's length).
    private static long count(EntityManager em, String conditions, Map<String, Object> parameters, long most) {
        String sql = conditions;
        for (String[] column : SQL_COLUMNS) {
            sql = sql.replace(column[0], column[1]);
        }
        jakarta.persistence.Query q = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM " + CaseDatabase.SCHEMA
                + ".task t WHERE " + sql + " LIMIT :most) x");
        parameters.forEach(q::setParameter);
        q.setParameter("most", most);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The conditions are written with the entity's names; the count runs them as SQL. */
    private static final String[][] SQL_COLUMNS = {{"t.ownerUser", "t.owner_user"}, {"t.ownerUnit", "t.owner_unit"},
        {"t.municipalityCode", "t.municipality_code"}};

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
