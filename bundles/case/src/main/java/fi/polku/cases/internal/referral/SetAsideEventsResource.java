package fi.polku.cases.internal.referral;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/admin/referral-events}: the referral events set aside (dead letters) for an IT
 * admin: those their module refused again and again, and those whose module has been gone for
 * the retention period. {@code POST {seq}/retry} puts one back in its module's queue (it is told
 * after the events that came meanwhile: a module goes by each event's state and sequence);
 * {@code DELETE {seq}} closes it for good. Both are audited. An event names its referral, never
 * the person.
 */
@Component(service = SetAsideEventsResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/admin/referral-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class SetAsideEventsResource {

    public record SetAside(long sequence, String moduleId, UUID referralId, String serviceType, String municipalityCode, String state,
            Instant at, int attempts, String reason, Instant setAsideAt) {}

    private final PersistenceUnit unit;

    @Activate
    public SetAsideEventsResource(@Reference CaseDatabase database) {
        this.unit = database.unit();
    }

    @GET
    public List<SetAside> list(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery("SELECT seq, module_id, referral_id, service_type, "
                + "municipality_code, state, at, attempts, last_error, set_aside_at FROM cases.referral_event "
                + "WHERE set_aside_at IS NOT NULL ORDER BY seq LIMIT 1000").getResultList());
        return rows.stream().map(r -> new SetAside(((Number) r[0]).longValue(), (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                (String) r[5], instant(r[6]), ((Number) r[7]).intValue(), (String) r[8], instant(r[9]))).toList();
    }

    @POST
    @Path("{seq}/retry")
    public Response retry(@PathParam("seq") String seq, @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        long n = sequence(seq);
        unit.run(em -> {
            String module = moduleOf(em, n);
            em.createNativeQuery("UPDATE cases.referral_event SET set_aside_at = NULL, attempts = 0 WHERE seq = ?1")
                    .setParameter(1, n).executeUpdate();
            AuditTrail.record(em, admin, null, "referral-event.retry", "event " + n + " of module " + module + " back in its queue");
        });
        return Response.noContent().build();
    }

    @DELETE
    @Path("{seq}")
    public Response close(@PathParam("seq") String seq, @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        long n = sequence(seq);
        unit.run(em -> {
            String module = moduleOf(em, n);
            em.createNativeQuery("DELETE FROM cases.referral_event WHERE seq = ?1").setParameter(1, n).executeUpdate();
            AuditTrail.record(em, admin, null, "referral-event.close", "event " + n + " of module " + module + " closed, not delivered");
        });
        return Response.noContent().build();
    }

    /** The module of a set-aside event, its row locked; 404 when there is no such event set aside. */
    private static String moduleOf(jakarta.persistence.EntityManager em, long seq) {
        List<?> found = em.createNativeQuery("SELECT module_id FROM cases.referral_event WHERE seq = ?1 AND set_aside_at IS NOT NULL FOR UPDATE")
                .setParameter(1, seq).getResultList();
        if (found.isEmpty()) {
            throw Refusals.notFound(Message.NO_SUCH_ID, seq);
        }
        return (String) found.get(0);
    }

    private static long sequence(String seq) {
        try {
            return Long.parseLong(seq);
        } catch (NumberFormatException e) {
            throw Refusals.notFound(Message.NO_SUCH_ID, seq);
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : ReferralDelivery.instant(value);
    }
}
