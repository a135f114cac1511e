package fi.polku.cases.internal.audit;

import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.CaseDatabase;
import jakarta.annotation.security.RolesAllowed;
import fi.polku.api.rest.ListPage;
import fi.polku.cases.internal.lists.Paging;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/v1/audit/customers/{id}}: a customer's audit trail, newest first, for IT admins. */
@Component(service = AuditResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class AuditResource {
    private static final int LIMIT = 1000;

    public record Entry(Instant at, String actor, String actorRoles, String action, String detail) {}

    public record Event(Instant at, String actor, String actorRoles, UUID customerId, String customerName, String action, String detail) {}

    /** The narrowing of an events search; every part optional. */
    public static final class Filter {
        @QueryParam("action") public String action;
        @QueryParam("actor") public String actor;
        @QueryParam("identityCode") public String identityCode;
        @QueryParam("name") public String name;
        @QueryParam("from") public String from;
        @QueryParam("to") public String to;
    }

    private final PersistenceUnit unit;
    private final AuditEvents events;

    @Activate
    public AuditResource(@Reference CaseDatabase database, @Reference AuditEvents events) {
        this.unit = database.unit();
        this.events = events;
    }

    /**
     * Events newest first, one page with the total, narrowed by any of: {@code action} (one or
     * more, comma-separated), {@code actor}, the customer ({@code identityCode}: exact, the search
     * itself on that customer's record; or {@code name}: "Last, First" beginnings) and the days
     * {@code from} and {@code to} (inclusive, Finnish time).
     */
    @GET
    @Path("events")
    public ListPage<Event> events(@BeanParam Filter filter, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext security) {
        PolkuUser admin = Caller.require(security.getUserPrincipal(), Role.IT_ADMIN);
        return events.search(filter, Paging.of(offset, limit, 100, LIMIT), admin, false);
    }

    /** The same events as a CSV file (UTF-8 with a byte order mark, {@code ;} between fields, as spreadsheets in Finland open it). */
    @GET
    @Path("events.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@BeanParam Filter filter, @Context SecurityContext security) {
        PolkuUser admin = Caller.require(security.getUserPrincipal(), Role.IT_ADMIN);
        ListPage<Event> page = events.search(filter, new Paging(0, AuditEvents.CSV_ROWS), admin, true);
        return Response.ok(AuditEvents.csv(page.items()))
                .header("Content-Disposition", "attachment; filename=\"polku-audit.csv\"").build();
    }

    @GET
    @Path("customers/{id}")
    public List<Entry> customer(@PathParam("id") String id, @Context SecurityContext security) {
        UUID customer;
        try {
            customer = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id);
        }
        PolkuUser admin = Caller.require(security.getUserPrincipal(), Role.IT_ADMIN);
        return unit.inTransaction(em -> {
            List<Entry> trail = AuditTrail.forCustomer(em, customer, LIMIT).stream()
                    .map(e -> new Entry(e.at(), e.actor(), e.actorRoles(), e.action(), e.detail())).toList();
            // Reading the trail is itself an access to the customer's data.
            AuditTrail.record(em, admin, customer, AuditTrail.AUDIT_READ, null);
            return trail;
        });
    }
}
