package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/job-offers/{id}}: the job seeker's response to a job offer and the outcome. */
@Component(service = JobOfferResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/job-offers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class JobOfferResource {
    private final JobOffers offers;
    private final Messages messages;

    @Activate
    public JobOfferResource(@Reference JobOffers offers, @Reference Messages messages) {
        this.offers = offers;
        this.messages = messages;
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public JobOffers.OfferView respond(@PathParam("id") String id, JobOffers.Response in, @Context SecurityContext s) {
        return offers.respond(Requests.id(id, "no-offer", "placement.no-offer", messages), Requests.body(in, messages), Requests.staff(s));
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public JobOffers.OfferView outcome(@PathParam("id") String id, JobOffers.Outcome in, @Context SecurityContext s) {
        return offers.outcome(Requests.id(id, "no-offer", "placement.no-offer", messages), Requests.body(in, messages), Requests.staff(s));
    }
}
