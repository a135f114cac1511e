package fi.polku.cases.internal.document;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
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
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/v1/appointment-invitations/{id}.pdf}: the invitation to a booked meeting, to print or hand over. */
@Component(service = InvitationPdfResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/appointment-invitations/{appointmentId}")
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class InvitationPdfResource {
    private final InvitationDocument invitations;
    private final Messages messages;

    @Activate
    public InvitationPdfResource(@Reference InvitationDocument invitations, @Reference Messages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GET
    @Produces({"application/pdf", "application/json"})
    public Response invitation(@PathParam("appointmentId") String appointmentId, @Context SecurityContext s) {
        UUID id;
        try {
            id = UUID.fromString(appointmentId.trim().replaceFirst("\\.pdf$", ""));
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-appointment", messages.texts("appointment.none"));
        }
        PlanDocument.Pdf pdf = invitations.invitation(id, Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD));
        return Response.ok(pdf.bytes(), "application/pdf").header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** What to send: {@code email} or {@code post}. */
    public record Sending(String channel) {}

    /** Sends the invitation by e-mail or post through the outbox (202: it is on its way). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("appointmentId") String appointmentId, Sending in, @Context SecurityContext s) {
        if (in == null || in.channel() == null || !java.util.List.of("email", "post").contains(in.channel())) {
            throw Problem.invalid().field("channel", messages.texts("input.choice", "email, post")).build();
        }
        UUID id;
        try {
            id = UUID.fromString(appointmentId.trim().replaceFirst("\\.pdf$", ""));
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-appointment", messages.texts("appointment.none"));
        }
        UUID letter = invitations.send(id, in.channel(), Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD));
        return Response.accepted(java.util.Map.of("letterId", letter)).build();
    }
}
