package fi.polku.cases.internal.lobby;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** {@code /api/v1/lobby/{servicePoint}}: an office's walk-in queue, its tickets and the call of the next one. */
@Component(service = LobbyResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/lobby/{servicePoint}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class LobbyResource {
    private final Lobby lobby;
    private final Messages messages;

    @Activate
    public LobbyResource(@Reference Lobby lobby, @Reference Messages messages) {
        this.lobby = lobby;
        this.messages = messages;
    }

    @GET
    public Lobby.Queue queue(@PathParam("servicePoint") String point, @Context SecurityContext s) {
        staff(s);
        return lobby.queue(point);
    }

    @POST
    @Path("tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("servicePoint") String point, Lobby.NewTicket in, @Context SecurityContext s) {
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("placement.no-body"));
        }
        return Response.status(Response.Status.CREATED).entity(lobby.issue(point, in, staff(s))).build();
    }

    @POST
    @Path("call-next")
    public Lobby.Ticket callNext(@PathParam("servicePoint") String point, @Context SecurityContext s) {
        return lobby.callNext(point, staff(s));
    }

    static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }
}
