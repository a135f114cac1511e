package fi.polku.cases.internal.process;

import fi.polku.api.security.Role;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.process.Inputs.EndInput;
import fi.polku.cases.internal.referral.ArrivalReferrals;
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

/** {@code /api/v1/job-search-periods/{id}/...}: record an interview, transfer to another unit, end the period. */
@Component(service = PeriodsResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/job-search-periods/{periodId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class PeriodsResource {
    private final ServiceProcess process;
    private final ArrivalReferrals arrivals;

    @Activate
    public PeriodsResource(@Reference ServiceProcess process, @Reference ArrivalReferrals arrivals) {
        this.process = process;
        this.arrivals = arrivals;
    }

    @POST
    @Path("interviews")
    public Response interview(@PathParam("periodId") String periodId, InterviewInput in, @Context SecurityContext s) {
        return Response.status(Response.Status.CREATED)
                .entity(process.recordInterview(ProcessResource.id(periodId, "job-search period"), in, ProcessResource.user(s))).build();
    }

    @POST
    @Path("transfer")
    public PeriodView transfer(@PathParam("periodId") String periodId, TransferInput in, @Context SecurityContext s) {
        PolkuUser by = ProcessResource.user(s);
        return arrivals.afterTransfer(process.transfer(ProcessResource.id(periodId, "job-search period"), in, by), in.reason(), by);
    }

    @POST
    @Path("end")
    public PeriodView end(@PathParam("periodId") String periodId, EndInput in, @Context SecurityContext s) {
        return process.end(ProcessResource.id(periodId, "job-search period"), in, ProcessResource.user(s));
    }
}
