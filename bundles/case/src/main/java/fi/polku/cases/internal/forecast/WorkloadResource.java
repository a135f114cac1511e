package fi.polku.cases.internal.forecast;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/v1/forecast/workload?weeks=12}: per unit and week, the hours the statutory tasks
 * due take against the hours the unit has, for unit leads and IT admins. Counts only: no person.
 */
@Component(service = WorkloadResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/forecast/workload")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.UNIT_LEAD, Role.Ids.IT_ADMIN})
public final class WorkloadResource {
    private final Workload workload;

    @Activate
    public WorkloadResource(@Reference Workload workload) {
        this.workload = workload;
    }

    @GET
    public Workload.Forecast forecast(@QueryParam("weeks") String weeks, @Context SecurityContext security) {
        Caller.require(security.getUserPrincipal(), Role.UNIT_LEAD, Role.IT_ADMIN);
        int n;
        try {
            n = weeks == null || weeks.isBlank() ? 12 : Integer.parseInt(weeks.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 26) {
            throw Refusals.invalid("weeks", Message.WEEKS_RANGE, 26);
        }
        return workload.forecast(n);
    }
}
