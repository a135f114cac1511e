package fi.polku.cases.internal.process;

import fi.polku.api.security.Role;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.PolkuUser;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/customers/{id}/job-search-periods}: start a job search; the customer's periods with their timelines. */
@Component(service = CustomerPeriodsResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/customers/{customerId}/job-search-periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class CustomerPeriodsResource {
    private final ServiceProcess process;

    @Activate
    public CustomerPeriodsResource(@Reference ServiceProcess process) {
        this.process = process;
    }

    @POST
    public Response start(@PathParam("customerId") String customerId, PeriodInput in, @Context SecurityContext s) {
        PeriodView p = process.start(ProcessResource.id(customerId, "customer"), in, ProcessResource.user(s));
        return Response.status(Response.Status.CREATED).entity(p).build();
    }

    @GET
    public List<PeriodView> periods(@PathParam("customerId") String customerId, @Context SecurityContext s) {
        return process.periods(ProcessResource.id(customerId, "customer"), ProcessResource.user(s));
    }
}
