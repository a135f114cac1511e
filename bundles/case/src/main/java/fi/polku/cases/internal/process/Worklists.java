package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A caseworker's worklist and a unit's queue: open tasks by due date, overdue ones flagged.
 * Both read through a partial index on open tasks, so their cost follows the list's length,
 * not the number of job seekers.
 */
@Component(service = Worklists.class)
public final class Worklists {
    static final int MAX_ROWS = 500;

    private final PersistenceUnit unit;
    private final Organisation organisation;
    private final Clock clock = Clock.system(FinnishCalendar.ZONE);

    @Activate
    public Worklists(@Reference CaseDatabase database, @Reference Organisation organisation) {
        this.unit = database.unit();
        this.organisation = organisation;
    }

    /** The tasks on a caseworker's own worklist. */
    public List<Views.TaskRow> worklist(PolkuUser user, int limit) {
        return rows("t.ownerUser = :key", user.username(), limit, user, "worklist " + user.username());
    }

    /** The tasks waiting in a unit's queue, taken by nobody yet. */
    public List<Views.TaskRow> queue(String unitId, PolkuUser user, int limit) {
        if (organisation.unit(unitId).isEmpty()) {
            throw Refusals.notFound(Message.UNIT_UNKNOWN, unitId,
                    String.join(", ", organisation.units().stream().map(u -> u.id()).sorted().toList()));
        }
        return rows("t.ownerUnit = :key and t.ownerUser is null", unitId, limit, user, "unit queue " + unitId);
    }

    private List<Views.TaskRow> rows(String where, String key, int limit, PolkuUser user, String what) {
        LocalDate today = LocalDate.now(clock);
        int n = Math.max(1, Math.min(limit, MAX_ROWS));
        return unit.inTransaction(em -> {
            List<Object[]> raw = em.createQuery("select t.id, t.step, t.windowFrom, t.due, c.id, c.lastName, c.firstName, t.municipalityCode, "
                    + "t.periodId, t.ownerUnit, t.ownerUser from Task t join Customer c on c.id = t.customerId "
                    + "where t.state = 'open' and " + where + " order by t.due, t.id", Object[].class)
                    .setParameter("key", key).setMaxResults(n).getResultList();
            // A list shows many customers' names: recorded as the list it was, and in each person's own trail.
            AuditTrail.record(em, user, null, "worklist.read", what + ", " + raw.size() + " rows");
            AuditTrail.recordShown(em, user, raw.stream().map(r -> (UUID) r[4]).toList(), "worklist.read", what);
            return raw.stream().map(r -> new Views.TaskRow((UUID) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3],
                    ((LocalDate) r[3]).isBefore(today), (UUID) r[4], r[5] + ", " + r[6], (String) r[7], (UUID) r[8], (String) r[9],
                    (String) r[10])).toList();
        });
    }
}
