package fi.polku.cases.internal.appointment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/v1/calendar-feeds/{token}}: a worker's feed for a calendar program, open
 * without a session (the token is the credential; see {@link CalendarFeeds}); an unknown or
 * revoked token gets 404. The authentication filter lets this path through unsigned.
 */
@Component(service = PublicCalendarFeedResource.class)
@JakartarsResource
@fi.polku.api.rest.SecuredResource
@Path("v1/calendar-feeds/{token}")
public final class PublicCalendarFeedResource {
    private final CalendarFeeds feeds;

    @Activate
    public PublicCalendarFeedResource(@Reference CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Produces("text/calendar")
    public Response feed(@PathParam("token") String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Response.status(404).type("text/plain").entity("No such calendar feed").build();
        }
        return feeds.feed(token).map(ics -> Response.ok(ics, "text/calendar; charset=utf-8").header("Cache-Control", "no-store").build())
                .orElseGet(() -> Response.status(404).type("text/plain").entity("No such calendar feed").build());
    }
}
