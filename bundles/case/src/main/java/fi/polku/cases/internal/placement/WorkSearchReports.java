package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.process.FollowUps;
import fi.polku.cases.internal.process.Task;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The follow-up of the work-search obligation: the applications a job seeker reports for a month,
 * compared with the number the employment plan in force asks for. A shortfall raises a follow-up
 * task ({@code work-search-follow-up}) on the worklist of whoever recorded the report, due in the
 * area's configured number of days (its own practice, not the law's: {@code configs/fi.polku.placement.cfg.json}).
 */
@Component(service = WorkSearchReports.class, configurationPid = "fi.polku.placement", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WorkSearchReports.Config.class)
public final class WorkSearchReports {
    static final String STEP = "work-search-follow-up";
    private static final String S = CaseDatabase.SCHEMA;

    @ObjectClassDefinition(name = "Polku placement")
    public @interface Config {
        @AttributeDefinition(description = "Days to follow up a month whose applications fall short of the employment plan (the area's practice)")
        int followUpDays() default 14;
    }

    public record NewReport(String month, Integer applications) {}

    /** {@code required}: the plan's number then; {@code followUp}: the task raised, if the report fell short. */
    public record ReportView(String month, int applications, int required, boolean shortfall, UUID followUp, Instant reportedAt,
            String reportedBy) {}

    private final PersistenceUnit unit;
    private final Messages messages;
    private volatile int followUpDays;

    @Activate
    public WorkSearchReports(@Reference CaseDatabase database, @Reference Messages messages, Config config) {
        this.unit = database.unit();
        this.messages = messages;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.followUpDays = Math.max(1, config.followUpDays());
    }

    /** Records (or corrects) a month's report on the customer's open job search. */
    ReportView report(UUID customerId, NewReport in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        YearMonth month = month(check, in.month());
        if (in.applications() == null || in.applications() < 0 || in.applications() > 1000) {
            check.fail("applications", "placement.applications");
        }
        check.done();
        Instant now = Instant.now();
        return unit.inTransaction(em -> {
            Object[] period = (Object[]) em.createNativeQuery("SELECT id, start_date FROM " + S + ".job_search_period WHERE customer_id = ?1 "
                    + "AND end_date IS NULL FOR UPDATE").setParameter(1, customerId).getResultStream().findFirst().orElse(null);
            if (period == null) {
                throw Problem.of(409, "no-job-search", messages.texts("placement.no-job-search"));
            }
            UUID periodId = (UUID) period[0];
            if (month.atEndOfMonth().isBefore(Columns.day(period[1]))) {
                throw Problem.invalid().field("month", messages.texts("placement.month-before-search", Columns.day(period[1]))).build();
            }
            Object plan = em.createNativeQuery("SELECT applications_per_month FROM " + S + ".employment_plan WHERE period_id = ?1 "
                    + "ORDER BY version DESC LIMIT 1").setParameter(1, periodId).getResultStream().findFirst().orElse(null);
            int required = plan == null ? 0 : ((Number) plan).intValue();
            em.createNativeQuery("INSERT INTO " + S + ".work_search_report (period_id, month, applications, required, reported_at, reported_by) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (period_id, month) DO UPDATE SET applications = EXCLUDED.applications, "
                    + "required = EXCLUDED.required, reported_at = EXCLUDED.reported_at, reported_by = EXCLUDED.reported_by")
                    .setParameter(1, periodId).setParameter(2, month.atDay(1)).setParameter(3, in.applications()).setParameter(4, required)
                    .setParameter(5, Timestamp.from(now)).setParameter(6, by.username()).executeUpdate();
            boolean shortfall = in.applications() < required;
            UUID followUp = null;
            if (shortfall) {
                Task t = FollowUps.raise(em, periodId, STEP, FinnishCalendar.today().plusDays(followUpDays), by.username());
                followUp = t.id();
            }
            AuditTrail.record(em, by, customerId, "work-search.report", month + ": " + in.applications() + " of " + required);
            return new ReportView(month.toString(), in.applications(), required, shortfall, followUp, now, by.username());
        });
    }

    List<ReportView> forCustomer(UUID customerId, PolkuUser by) {
        return unit.inTransaction(em -> {
            AuditTrail.record(em, by, customerId, "work-search.read", "");
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT to_char(r.month, 'YYYY-MM'), r.applications, r.required, r.reported_at, r.reported_by "
                    + "FROM " + S + ".work_search_report r JOIN " + S + ".job_search_period p ON p.id = r.period_id WHERE p.customer_id = ?1 "
                    + "ORDER BY r.month DESC LIMIT 36").setParameter(1, customerId).getResultList();
            return rows.stream().map(r -> new ReportView((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[1]).intValue() < ((Number) r[2]).intValue(), null, Columns.instant(r[3]), (String) r[4])).toList();
        });
    }

    /** The follow-up done (what was agreed goes to the next interview's record or the employment plan). */
    void done(UUID taskId, PolkuUser by) {
        unit.run(em -> {
            Object customer = em.createNativeQuery("SELECT customer_id FROM " + S + ".task WHERE id = ?1").setParameter(1, taskId)
                    .getResultStream().findFirst().orElse(null);
            if (customer == null || !FollowUps.complete(em, taskId, STEP, by.username())) {
                throw Problem.of(404, "no-follow-up", messages.texts("placement.no-follow-up"));
            }
            AuditTrail.record(em, by, (UUID) customer, "work-search.followed-up", "task " + taskId);
        });
    }

    /** "2026-11": a month that has begun, no earlier than 2025. */
    private static YearMonth month(FieldCheck check, String value) {
        try {
            YearMonth m = YearMonth.parse(value == null ? "" : value.trim());
            if (m.isAfter(YearMonth.now(FinnishCalendar.ZONE)) || m.getYear() < 2025) {
                check.fail("month", "placement.month");
            }
            return m;
        } catch (DateTimeParseException e) {
            check.fail("month", "placement.month");
            return null;
        }
    }
}
