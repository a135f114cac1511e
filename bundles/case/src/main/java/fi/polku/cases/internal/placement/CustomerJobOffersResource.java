package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.SecuredResource;
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
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/customers/{id}/job-offers}: the job offers made to the job seeker. */
@Component(service = CustomerJobOffersResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/customers/{customerId}/job-offers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class CustomerJobOffersResource {
    private final JobOffers offers;
    private final Messages messages;

    @Activate
    public CustomerJobOffersResource(@Reference JobOffers offers, @Reference Messages messages) {
        this.offers = offers;
        this.messages = messages;
    }

    @GET
    public List<JobOffers.OfferView> offers(@PathParam("customerId") String customerId, @Context SecurityContext s) {
        return offers.forCustomer(customer(customerId), Requests.staff(s));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response offer(@PathParam("customerId") String customerId, JobOffers.NewOffer in, @Context SecurityContext s) {
        return Response.status(Response.Status.CREATED).entity(offers.offer(customer(customerId), Requests.body(in, messages), Requests.staff(s))).build();
    }

    private UUID customer(String id) {
        return Requests.id(id, "no-customer", "placement.no-customer", messages);
    }
}
