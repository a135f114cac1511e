package fi.polku.cases.internal.appointment;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.i18n.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/calendar-feed}: the signed-in worker's own feed address, made (a new one
 * replaces the old), asked about and revoked. The address itself is served by {@link PublicCalendarFeedResource}.
 */
@Component(service = CalendarFeedResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class CalendarFeedResource {
    private final CalendarFeeds feeds;

    @Activate
    public CalendarFeedResource(@Reference CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** Whether the worker has a feed; its address is shown only once, when made. */
    @GET
    public Map<String, Object> state(@Context SecurityContext s) {
        return Map.of("active", feeds.exists(AppointmentResource.staff(s).username()));
    }

    /** A new address, relative to the API's root: {@code v1/calendar-feeds/<token>}. */
    @POST
    public Response renew(@HeaderParam("Accept-Language") String language, @Context SecurityContext s) {
        String token = feeds.renew(AppointmentResource.staff(s).username(), Language.fromAcceptLanguage(language).tag());
        return Response.status(Response.Status.CREATED).entity(Map.of("path", "v1/calendar-feeds/" + token)).build();
    }

    @DELETE
    public Response revoke(@Context SecurityContext s) {
        feeds.revoke(AppointmentResource.staff(s).username());
        return Response.noContent().build();
    }
}
