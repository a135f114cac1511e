package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
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

/** {@code /api/v1/customers/{id}/job-search-profile}: the job seeker's job-search profile. */
@Component(service = JobSearchProfileResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/customers/{customerId}/job-search-profile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class JobSearchProfileResource {
    private final JobSearchProfiles profiles;
    private final Messages messages;

    @Activate
    public JobSearchProfileResource(@Reference JobSearchProfiles profiles, @Reference Messages messages) {
        this.profiles = profiles;
        this.messages = messages;
    }

    @GET
    public JobSearchProfiles.ProfileView profile(@PathParam("customerId") String customerId, @Context SecurityContext s) {
        return profiles.get(customer(customerId), Requests.staff(s));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JobSearchProfiles.ProfileView saveProfile(@PathParam("customerId") String customerId, JobSearchProfiles.ProfileInput in,
            @Context SecurityContext s) {
        return profiles.put(customer(customerId), Requests.body(in, messages), Requests.staff(s));
    }

    private UUID customer(String id) {
        return Requests.id(id, "no-customer", "placement.no-customer", messages);
    }
}
