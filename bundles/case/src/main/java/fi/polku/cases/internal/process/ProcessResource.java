package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.ListPage;
import fi.polku.api.rest.SecuredResource;
import fi.polku.cases.internal.lists.CountedPage;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.process.Inputs.EndInput;
import fi.polku.cases.internal.process.Inputs.InterviewInput;
import fi.polku.cases.internal.process.Inputs.PeriodInput;
import fi.polku.cases.internal.process.Inputs.TransferInput;
import fi.polku.cases.internal.process.Views.PeriodView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** Work over REST: a caseworker's worklist, a unit's queue, taking a task, the municipal liability list. */
@Component(service = ProcessResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class ProcessResource {
    private final ServiceProcess process;
    private final Worklists worklists;
    private final MunicipalLiability liability;
    private final Team team;

    @Activate
    public ProcessResource(@Reference ServiceProcess process, @Reference Worklists worklists, @Reference MunicipalLiability liability,
            @Reference Team team) {
        this.process = process;
        this.worklists = worklists;
        this.liability = liability;
        this.team = team;
    }

    /**
     * The caller's own worklist, or ({@code ?worker=}, unit leads only) a caseworker's: one page
     * ({@code offset}, {@code limit}) with the total, filtered by municipality, kind of step and
     * overdue, ordered by {@code sort} (due, step, customer, municipality; {@code -} reverses).
     */
    @GET
    @Path("worklist")
    public CountedPage<Views.TaskRow> worklist(@QueryParam("worker") String worker, @QueryParam("municipality") String municipality,
            @QueryParam("step") String step, @QueryParam("overdue") String overdue, @QueryParam("sort") String sort,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext s) {
        PolkuUser caller = user(s);
        String whose = caller.username();
        if (worker != null && !worker.isBlank() && !worker.trim().equals(caller.username())) {
            Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
            whose = team.caseworker(worker.trim());
        }
        return worklists.worklist(whose, worklists.filter(municipality, step, overdue), sort,
                Paging.of(offset, limit, 100, Worklists.MAX_ROWS), caller);
    }

    /** The worklist's figures: open tasks and of them overdue (the caller's, or a team member's for a unit lead). */
    @GET
    @Path("worklist/counts")
    public Worklists.Counts worklistCounts(@QueryParam("worker") String worker, @Context SecurityContext s) {
        PolkuUser caller = user(s);
        String whose = caller.username();
        if (worker != null && !worker.isBlank() && !worker.trim().equals(caller.username())) {
            Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
            whose = team.caseworker(worker.trim());
        }
        return worklists.worklistCounts(whose);
    }

    /** A unit queue's figures: tasks nobody has taken, and of them overdue. */
    @GET
    @Path("units/{unit}/queue/counts")
    public Worklists.Counts queueCounts(@PathParam("unit") String unit, @Context SecurityContext s) {
        user(s);
        return worklists.queueCounts(team.unit(unit));
    }

    /** The tasks of a unit that nobody has taken: paged, filtered and ordered as the worklist. */
    @GET
    @Path("units/{unit}/queue")
    public CountedPage<Views.TaskRow> queue(@PathParam("unit") String unit, @QueryParam("municipality") String municipality,
            @QueryParam("step") String step, @QueryParam("overdue") String overdue, @QueryParam("sort") String sort,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext s) {
        return worklists.queue(unit, worklists.filter(municipality, step, overdue), sort,
                Paging.of(offset, limit, 100, Worklists.MAX_ROWS), user(s));
    }

    /** A unit's team: each caseworker's open, overdue and soon-due tasks and their customers; the queue. Unit leads. */
    @GET
    @Path("units/{unit}/workload")
    public Team.Workload workload(@PathParam("unit") String unit, @Context SecurityContext s) {
        return team.workload(unit, Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD));
    }

    /** A unit lead gives an open task to a named caseworker ({@code {"worker": "username"}}). */
    @POST
    @Path("tasks/{id}/assign")
    public Response assign(@PathParam("id") String taskId, Team.Assignment in, @Context SecurityContext s) {
        PolkuUser lead = Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
        process.assign(id(taskId, "task"), team.caseworker(in == null ? null : in.worker()), lead);
        return Response.noContent().build();
    }

    @POST
    @Path("tasks/{id}/take")
    public Response take(@PathParam("id") String taskId, @Context SecurityContext s) {
        process.take(id(taskId, "task"), user(s));
        return Response.noContent().build();
    }

    /** People of a municipality whose municipal financing liability begins within {@code withinDays} days. */
    @GET
    @Path("municipalities/{code}/approaching-liability")
    public List<MunicipalLiability.Approaching> approachingLiability(@PathParam("code") String code,
            @QueryParam("withinDays") @DefaultValue("30") int withinDays, @Context SecurityContext s) {
        return liability.approaching(code, withinDays, FinnishCalendar.today(), user(s));
    }

    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Refusals.notFound(Message.NOT_FOUND_BY, what, value);
        }
    }

    public static PolkuUser user(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }
}
