package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.SecuredResource;
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

    @Activate
    public ProcessResource(@Reference ServiceProcess process, @Reference Worklists worklists, @Reference MunicipalLiability liability) {
        this.process = process;
        this.worklists = worklists;
        this.liability = liability;
    }

    @GET
    @Path("worklist")
    public List<Views.TaskRow> worklist(@QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext s) {
        return worklists.worklist(user(s), limit);
    }

    @GET
    @Path("units/{unit}/queue")
    public List<Views.TaskRow> queue(@PathParam("unit") String unit, @QueryParam("limit") @DefaultValue("100") int limit,
            @Context SecurityContext s) {
        return worklists.queue(unit, user(s), limit);
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

    static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Refusals.notFound(Message.NOT_FOUND_BY, what, value);
        }
    }

    static PolkuUser user(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }
}
