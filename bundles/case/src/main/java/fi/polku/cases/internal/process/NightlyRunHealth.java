package fi.polku.cases.internal.process;

import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Today's nightly run in {@code /api/health}: when and on which node it ran, or that it is late.
 * Information for the IT admin, never a reason to take a node out of a load balancer: UP always.
 */
@Component(service = HealthIndicator.class)
public final class NightlyRunHealth implements HealthIndicator {
    /** After this long past its time, a run not yet recorded is reported late. */
    private static final int LATE_MINUTES = 15;

    private final PersistenceUnit unit;
    private final NightlyRecompute nightly;

    @Activate
    public NightlyRunHealth(@Reference CaseDatabase database, @Reference NightlyRecompute nightly) {
        this.unit = database.unit();
        this.nightly = nightly;
    }

    @Override
    public String name() {
        return "nightly-run";
    }

    @Override
    public Health check() {
        LocalDateTime now = LocalDateTime.now(FinnishCalendar.ZONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery("SELECT to_char(finished_at AT TIME ZONE ?2, 'HH24:MI:SS'), "
                + "node, transferred, millis FROM cases.nightly_run WHERE day = ?1")
                .setParameter(1, now.toLocalDate()).setParameter(2, FinnishCalendar.ZONE.getId()).getResultList());
        if (!rows.isEmpty()) {
            Object[] r = rows.get(0);
            return Health.up("today's run done at " + r[0] + " by " + r[1] + ": " + r[2] + " customers moved, " + r[3] + " ms");
        }
        LocalTime at = nightly.runAt();
        if (now.toLocalTime().isBefore(at.plusMinutes(LATE_MINUTES)) || at.plusMinutes(LATE_MINUTES).isBefore(at)) {
            return Health.up("today's run is due at " + at);
        }
        return Health.up("today's run is late: due at " + at + ", not done yet (see the log; POST /api/v1/admin/nightly-run runs it)");
    }
}
