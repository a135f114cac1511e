package fi.polku.admin.internal;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/admin/bundles}: what is installed; install or update from an upload (checked
 * first), stop, start, remove. The work is {@link BundleOperations}', shared with the shell.
 */
@Component(service = BundlesResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@jakarta.ws.rs.Path("v1/admin/bundles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class BundlesResource {
    private final BundleOperations bundles;

    @Activate
    public BundlesResource(@Reference BundleOperations bundles) {
        this.bundles = bundles;
    }

    @GET
    public List<BundleOperations.BundleView> list(@Context SecurityContext s) {
        admin(s);
        return bundles.list();
    }

    /**
     * Upload: {@code POST ?file=partner-coaching-1.0.0.jar} with the jar as the body. A new bundle
     * is 201; a new version of a deployed one updates it in place (200).
     */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response install(InputStream body, @QueryParam("file") String file, @Context SecurityContext s) throws IOException {
        PolkuUser user = admin(s); // before a byte of the body is read
        // Bounded by the platform's upload limit (fi.polku.web.limits): a larger body fails with 413.
        BundleOperations.Installed done = bundles.install(body.readAllBytes(), file, user);
        return Response.status(done.updated() ? Response.Status.OK : Response.Status.CREATED).entity(done.bundle()).build();
    }

    /** {@code POST {id}/stop} and {@code POST {id}/start}. */
    @POST
    @jakarta.ws.rs.Path("{id}/{action: stop|start}")
    public BundleOperations.BundleView lifecycle(@PathParam("id") long id, @PathParam("action") String action, @Context SecurityContext s) {
        PolkuUser user = admin(s);
        return bundles.lifecycle(id, action, user);
    }

    @DELETE
    @jakarta.ws.rs.Path("{id}")
    public Response uninstall(@PathParam("id") long id, @Context SecurityContext s) {
        PolkuUser user = admin(s);
        bundles.uninstall(id, user);
        return Response.noContent().build();
    }


    private static PolkuUser admin(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
    }
}
