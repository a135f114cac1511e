package fi.polku.cases.internal.process;

import fi.polku.api.organisation.Caseworker;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.Message;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A unit's team as its lead sees it: who carries how much statutory work, and the caseworkers
 * tasks and customers can be given to. Figures only: the names behind them are the worklists.
 */
@Component(service = Team.class)
public final class Team {

    public record Assignment(String worker) {}

    /** One caseworker's load: open tasks, of them overdue and due within a week, and the customers they are responsible for. */
    public record WorkerLoad(String username, long openTasks, long overdue, long dueWithinWeek, long responsibleCustomers) {}

    /** A unit's load: its queue (nobody's yet) and each of its caseworkers. */
    public record Workload(String unit, LocalDate day, long queued, long queuedOverdue, List<WorkerLoad> workers) {}

    private final PersistenceUnit unit;
    private final Organisation organisation;

    @Activate
    public Team(@Reference CaseDatabase database, @Reference Organisation organisation) {
        this.unit = database.unit();
        this.organisation = organisation;
    }

    /** The username of a caseworker of the area; a 400 naming the field {@code worker} otherwise. */
    public String caseworker(String username) {
        if (username == null || username.isBlank()) {
            throw Refusals.invalid("worker", Message.REQUIRED);
        }
        return organisation.caseworker(username.trim()).map(Caseworker::username)
                .orElseThrow(() -> Refusals.invalid("worker", Message.WORKER_UNKNOWN, username.trim()));
    }

    /** The id of a unit of the area; a 404 naming the units otherwise. */
    public String unit(String unitId) {
        if (organisation.unit(unitId).isEmpty()) {
            throw Refusals.notFound(Message.UNIT_UNKNOWN, unitId,
                    String.join(", ", organisation.units().stream().map(u -> u.id()).sorted().toList()));
        }
        return unitId;
    }

    public Workload workload(String unitId, PolkuUser lead) {
        unit(unitId);
        List<String> members = organisation.caseworkers().stream().filter(c -> c.unit().equals(unitId))
                .map(Caseworker::username).sorted().toList();
        LocalDate today = FinnishCalendar.today();
        return unit.inTransaction(em -> {
            Object[] queue = em.createQuery("select count(t), coalesce(sum(case when t.due < :today then 1 else 0 end), 0) from Task t "
                    + "where t.state = 'open' and t.ownerUnit = :unit and t.ownerUser is null", Object[].class)
                    .setParameter("today", today).setParameter("unit", unitId).getSingleResult();
            Map<String, Object[]> tasks = new HashMap<>();
            Map<String, Long> customers = new HashMap<>();
            if (!members.isEmpty()) {
                em.createQuery("select t.ownerUser, count(t), sum(case when t.due < :today then 1 else 0 end), "
                        + "sum(case when t.due >= :today and t.due <= :week then 1 else 0 end) from Task t "
                        + "where t.state = 'open' and t.ownerUser in :members group by t.ownerUser", Object[].class)
                        .setParameter("today", today).setParameter("week", today.plusDays(7)).setParameter("members", members)
                        .getResultList().forEach(r -> tasks.put((String) r[0], r));
                em.createQuery("select c.responsibleUser, count(c) from Customer c where c.responsibleUser in :members "
                        + "group by c.responsibleUser", Object[].class).setParameter("members", members)
                        .getResultList().forEach(r -> customers.put((String) r[0], (Long) r[1]));
            }
            AuditTrail.record(em, lead, null, "workload.read", "unit " + unitId);
            List<WorkerLoad> loads = members.stream().map(m -> {
                Object[] t = tasks.get(m);
                return new WorkerLoad(m, t == null ? 0 : number(t[1]), t == null ? 0 : number(t[2]), t == null ? 0 : number(t[3]),
                        customers.getOrDefault(m, 0L));
            }).toList();
            return new Workload(unitId, today, number(queue[0]), number(queue[1]), loads);
        });
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
