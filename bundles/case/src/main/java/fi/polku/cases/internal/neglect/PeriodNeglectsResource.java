package fi.polku.cases.internal.neglect;

import fi.polku.api.rest.ListPage;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.process.ProcessResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/job-search-periods/{id}/neglects}: record a neglect (answered with its consequence) and list them. */
@Component(service = PeriodNeglectsResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/job-search-periods/{periodId}/neglects")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class PeriodNeglectsResource {
    private final Neglects neglects;

    @Activate
    public PeriodNeglectsResource(@Reference Neglects neglects) {
        this.neglects = neglects;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("periodId") String periodId, Neglects.NewNeglect in, @Context SecurityContext s) {
        return Response.status(Response.Status.CREATED)
                .entity(neglects.record(ProcessResource.id(periodId, "job-search period"), in, ProcessResource.user(s))).build();
    }

    @GET
    public ListPage<Neglects.View> list(@PathParam("periodId") String periodId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext s) {
        return neglects.forPeriod(ProcessResource.id(periodId, "job-search period"), Paging.of(offset, limit, 50, 200), ProcessResource.user(s));
    }
}
