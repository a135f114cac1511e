package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/work-search-follow-ups/{taskId}/done}: a follow-up of the work-search obligation done. */
@Component(service = FollowUpResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/work-search-follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class FollowUpResource {
    private final WorkSearchReports reports;
    private final Messages messages;

    @Activate
    public FollowUpResource(@Reference WorkSearchReports reports, @Reference Messages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @POST
    @Path("{taskId}/done")
    public Response done(@PathParam("taskId") String taskId, @Context SecurityContext s) {
        reports.done(Requests.id(taskId, "no-follow-up", "placement.no-follow-up", messages), Requests.staff(s));
        return Response.noContent().build();
    }
}
