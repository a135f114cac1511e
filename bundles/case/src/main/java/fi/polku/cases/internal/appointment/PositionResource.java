package fi.polku.cases.internal.appointment;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** {@code /api/v1/customers/{id}/labour-market-position}: the caseworker's assessment, read and recorded. */
@Component(service = PositionResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/customers/{customerId}/labour-market-position")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class PositionResource {
    private final Positions positions;
    private final Messages messages;

    @Activate
    public PositionResource(@Reference Positions positions, @Reference Messages messages) {
        this.positions = positions;
        this.messages = messages;
    }

    @GET
    public Positions.View get(@PathParam("customerId") String customerId, @Context SecurityContext s) {
        return positions.current(customer(customerId), AppointmentResource.staff(s));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Positions.View record(@PathParam("customerId") String customerId, Positions.Assessment in, @Context SecurityContext s) {
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("placement.no-body"));
        }
        return positions.record(customer(customerId), in, AppointmentResource.staff(s));
    }

    private UUID customer(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
        }
    }
}
