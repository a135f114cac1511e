package fi.polku.web.internal.staff;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import fi.polku.api.security.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/v1/staff}: every user's full name by username, so that the console names people
 * (who registered a customer, holds a task, decided an application) by name, never by username.
 * For the staff; a partner's user has no need of it.
 */
@Component(service = StaffResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/staff")
@Produces(MediaType.APPLICATION_JSON)
public final class StaffResource {
    private final StaffDirectory staff;

    @Activate
    public StaffResource(@Reference StaffDirectory staff) {
        this.staff = staff;
    }

    @GET
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD, Role.Ids.IT_ADMIN})
    public Map<String, String> names(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD, Role.IT_ADMIN);
        return staff.fullNames();
    }
}
