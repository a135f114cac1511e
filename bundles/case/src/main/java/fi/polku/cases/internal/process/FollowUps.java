package fi.polku.cases.internal.process;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks that are not statutory steps of the rules but follow-ups another part of the core raises
 * on a period (a shortfall in the applications the employment plan asks for): one open task per
 * period and step, on the worklist of whoever should follow it up, done with a note.
 */
public final class FollowUps {
    private FollowUps() {}

    /** Raises the follow-up unless one of the step is open on the period; answers the open one. */
    public static Task raise(EntityManager em, UUID periodId, String step, LocalDate due, String owner) {
        Optional<Task> open = em.createQuery("select t from Task t where t.periodId = :p and t.step = :s and t.state = :o", Task.class)
                .setParameter("p", periodId).setParameter("s", step).setParameter("o", Task.OPEN).getResultStream().findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        JobSearchPeriod period = em.find(JobSearchPeriod.class, periodId);
        Task t = new Task(period, step, null, due);
        if (owner != null) {
            t.assignTo(owner);
        }
        em.persist(t);
        return t;
    }

    /** Marks the open follow-up of {@code step} done; false when there is no such open task. */
    public static boolean complete(EntityManager em, UUID taskId, String step, String by) {
        Task t = em.find(Task.class, taskId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !t.isOpen() || !t.step().equals(step)) {
            return false;
        }
        t.complete(by);
        return true;
    }
}
