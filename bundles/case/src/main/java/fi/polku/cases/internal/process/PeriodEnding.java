package fi.polku.cases.internal.process;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Ending a job search from another part of the core (a neglect's decision), in the caller's transaction. */
public final class PeriodEnding {
    private PeriodEnding() {}

    /** Ends the open period on {@code day} for {@code reason} (one of {@link JobSearchPeriod#END_REASONS}); its open tasks are cancelled. */
    public static void end(EntityManager em, JobSearchPeriod p, LocalDate day, String reason) {
        if (!JobSearchPeriod.END_REASONS.contains(reason)) {
            throw new IllegalArgumentException("not an end reason: " + reason);
        }
        p.end(day, reason);
        em.createQuery("update Task t set t.state = 'cancelled' where t.periodId = :p and t.state = 'open'")
                .setParameter("p", p.id()).executeUpdate();
        fi.polku.cases.internal.placement.JobSearchProfiles.reindex(em, List.of(p.customerId()));
    }
}
