package fi.polku.cases.internal.demo;

import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code POST /api/v1/admin/demo-population?count=N}: more synthetic job seekers (demo mode, IT admins). */
@Component(service = DemoResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/admin/demo-population")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class DemoResource {
    private final DemoPopulation population;

    @Activate
    public DemoResource(@Reference DemoPopulation population) {
        this.population = population;
    }

    @POST
    public DemoPopulation.Result generate(@QueryParam("count") Integer count, @Context SecurityContext security) {
        Caller.require(security.getUserPrincipal(), Role.IT_ADMIN);
        if (!population.isDemo()) {
            throw fi.polku.api.rest.Problem.of(403, Message.DEMO_ONLY.key(), Message.DEMO_ONLY.texts());
        }
        if (count == null || count < 1 || count > DemoPopulation.MAX) {
            throw Refusals.invalid("count", Message.DEMO_COUNT, DemoPopulation.MAX);
        }
        return population.generate(count);
    }
}
