package fi.polku.cases.internal.process;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code POST /api/v1/admin/nightly-run}: the nightly recomputation now, for IT admins (operations, tests, benchmarks). */
@Component(service = NightlyResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/admin/nightly-run")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class NightlyResource {
    private final NightlyRecompute nightly;

    @Activate
    public NightlyResource(@Reference NightlyRecompute nightly) {
        this.nightly = nightly;
    }

    @POST
    public NightlyRecompute.Result run(@Context SecurityContext security) {
        Caller.require(security.getUserPrincipal(), Role.IT_ADMIN);
        return nightly.run(FinnishCalendar.today());
    }
}
