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
import jakarta.ws.rs.DefaultValue;
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

    public record Event(Instant at, String actor, String actorRoles, UUID customerId, String action, String detail) {}

    private final PersistenceUnit unit;

    @Activate
    public AuditResource(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    /** The newest events of every kind, or of one action ({@code ?action=module-mapping.change}), or by one actor. */
    @GET
    @Path("events")
    public List<Event> events(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext security) {
        PolkuUser admin = Caller.require(security.getUserPrincipal(), Role.IT_ADMIN);
        int n = Math.max(1, Math.min(limit, LIMIT));
        return unit.inTransaction(em -> {
            List<Event> events = em.createQuery("select e from AuditEvent e where (:action is null or e.action = :action) "
                    + "and (:actor is null or e.actor = :actor) order by e.at desc, e.id desc", AuditEvent.class)
                    .setParameter("action", blank(action) ? null : action.trim())
                    .setParameter("actor", blank(actor) ? null : actor.trim())
                    .setMaxResults(n).getResultList().stream()
                    .map(e -> new Event(e.at(), e.actor(), e.actorRoles(), e.customerId(), e.action(), e.detail())).toList();
            AuditTrail.record(em, admin, null, AuditTrail.AUDIT_READ, "audit search, " + events.size() + " events");
            return events;
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
