package fi.polku.cases.internal.dashboard;

import fi.polku.api.organisation.Organisation;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.lists.CountedPage;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.process.Worklists;
import jakarta.ws.rs.PathParam;

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
    private final Worklists worklists;
    private final Organisation organisation;

    @Activate
    public DashboardResource(@Reference DashboardFigures figures, @Reference MunicipalLiability liability,
            @Reference Worklists worklists, @Reference Organisation organisation) {
        this.figures = figures;
        this.liability = liability;
        this.worklists = worklists;
        this.organisation = organisation;
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

    /** The people behind one figure of the initial-interview widget ({@code figure}: held, on-time, late, open-late). */
    @GET
    @Path("initial-interviews/{municipality}/{figure}")
    public fi.polku.api.rest.ListPage<DashboardFigures.InitialInterviewRow> initialInterviewPeople(
            @PathParam("municipality") String municipality, @PathParam("figure") String figure,
            @QueryParam("months") @DefaultValue("12") int months, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext s) {
        PolkuUser by = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (months < 1 || months > 60) {
            throw Refusals.invalid("months", Message.MONTHS_RANGE);
        }
        if (!DashboardFigures.INITIAL_FIGURES.containsKey(figure)) {
            throw Refusals.notFound(Message.NOT_FOUND_BY, "figure", figure);
        }
        if (organisation.municipality(municipality).isEmpty()) {
            throw Refusals.notFound(Message.MUNICIPALITY_NOT_IN_AREA, municipality);
        }
        LocalDate today = FinnishCalendar.today();
        return figures.initialInterviewPeople(municipality, figure, today.minusMonths(months), today,
                Paging.of(offset, limit, 100, 500), by);
    }

    /** The tasks behind one figure of the tasks widget: a unit's open tasks, of a municipality, overdue or all. */
    @GET
    @Path("tasks/{unit}")
    public CountedPage<fi.polku.cases.internal.process.Views.TaskRow> unitTasks(@PathParam("unit") String unit,
            @QueryParam("municipality") String municipality, @QueryParam("overdue") String overdue, @QueryParam("sort") String sort,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext s) {
        PolkuUser by = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return worklists.unitTasks(unit, worklists.filter(municipality, null, overdue), sort, Paging.of(offset, limit, 100, 500), by);
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

    /** Per municipality and step of the municipality's share, the people crossing it within 1, 3 and 6 months: counts only. */
    @GET
    @Path("liability-forecast")
    public MunicipalLiability.Forecast liabilityForecast(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return liability.forecast(FinnishCalendar.today());
    }

    /** The people behind one forecast figure (audited: each person shown). */
    @GET
    @Path("liability-forecast/{municipality}")
    public List<MunicipalLiability.Approaching> liabilityForecastPeople(@PathParam("municipality") String municipality,
            @QueryParam("step") String step, @QueryParam("months") String months, @Context SecurityContext s) {
        PolkuUser by = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return liability.forecastPeople(municipality, number("step", step), number("months", months), FinnishCalendar.today(), by);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw Refusals.invalid(name, Message.NOT_A_NUMBER, value == null ? "" : value);
        }
    }
}
