package fi.polku.cases.internal.lobby;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/lobby-tickets/{id}/close}: a called visitor served (the visit recorded) or gone. */
@Component(service = LobbyTicketResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/lobby-tickets/{id}/close")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class LobbyTicketResource {
    private final Lobby lobby;
    private final Messages messages;

    @Activate
    public LobbyTicketResource(@Reference Lobby lobby, @Reference Messages messages) {
        this.lobby = lobby;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Lobby.Ticket close(@PathParam("id") String id, Lobby.Close in, @Context SecurityContext s) {
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("placement.no-body"));
        }
        UUID ticket;
        try {
            ticket = UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-ticket", messages.texts("lobby.no-ticket"));
        }
        return lobby.close(ticket, in, LobbyResource.staff(s));
    }
}
