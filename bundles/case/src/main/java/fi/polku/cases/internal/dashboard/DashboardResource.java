package fi.polku.cases.internal.dashboard;

import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.process.MunicipalLiability;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/dashboard/...}: the figures the dashboard widgets chart. */
@Component(service = DashboardResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class DashboardResource {

    public record TasksView(LocalDate today, List<DashboardFigures.Tasks> now, List<DashboardFigures.TaskDay> trend) {}

    public record LiabilityView(LocalDate today, int withinDays, Map<String, Integer> approaching) {}

    private final DashboardFigures figures;
    private final MunicipalLiability liability;

    @Activate
    public DashboardResource(@Reference DashboardFigures figures, @Reference MunicipalLiability liability) {
        this.figures = figures;
        this.liability = liability;
    }

    @GET
    @Path("initial-interviews")
    public List<DashboardFigures.InitialInterviews> initialInterviews(@QueryParam("months") @DefaultValue("12") int months,
            @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (months < 1 || months > 60) {
            throw Refusals.invalid("months", Message.MONTHS_RANGE);
        }
        LocalDate today = FinnishCalendar.today();
        return figures.initialInterviews(today.minusMonths(months), today);
    }

    @GET
    @Path("tasks")
    public TasksView tasks(@QueryParam("days") @DefaultValue("30") int days, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (days < 1 || days > 366) {
            throw Refusals.invalid("days", Message.DAYS_RANGE);
        }
        LocalDate today = FinnishCalendar.today();
        return new TasksView(today, figures.tasks(today), figures.taskTrend(today.minusDays(days)));
    }

    @GET
    @Path("liability")
    public LiabilityView liability(@QueryParam("withinDays") @DefaultValue("30") int withinDays, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        LocalDate today = FinnishCalendar.today();
        return new LiabilityView(today, withinDays, liability.counts(withinDays, today));
    }
}
