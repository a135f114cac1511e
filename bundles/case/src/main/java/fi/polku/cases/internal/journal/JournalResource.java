package fi.polku.cases.internal.journal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
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
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/customers/{id}/journal}: the customer's journal, read (audited) and written (notes and their corrections). */
@Component(service = JournalResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/customers/{customerId}/journal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class JournalResource {
    private final Journal journal;
    private final Messages messages;

    @Activate
    public JournalResource(@Reference Journal journal, @Reference Messages messages) {
        this.journal = journal;
        this.messages = messages;
    }

    /** The timeline, newest first; {@code kind} (repeatable) filters: note, interview, job-search, transfer, referral, job-offer, appointment, visit. */
    @GET
    public List<Journal.Entry> timeline(@PathParam("customerId") String customerId, @QueryParam("kind") List<String> kinds,
            @QueryParam("limit") @DefaultValue("200") int limit, @Context SecurityContext s) {
        return journal.timeline(customer(customerId), kinds, limit, staff(s));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@PathParam("customerId") String customerId, Journal.NewEntry in, @Context SecurityContext s) {
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("placement.no-body"));
        }
        return Response.status(Response.Status.CREATED).entity(journal.write(customer(customerId), in, staff(s))).build();
    }

    private static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }

    private UUID customer(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
        }
    }
}
