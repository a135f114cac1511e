package fi.polku.cases.internal.referral;

import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** {@code /api/v1/customers/{id}/referrals}: refer a customer to a service; the customer's referrals. */
@Component(service = CustomerReferralsResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/customers/{customerId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class CustomerReferralsResource {

    /** {@code again}: true to send a second referral while one to the same service is still open. */
    public record NewReferral(String serviceType, String purpose, Boolean again) {}

    private final ReferralService referrals;

    @Activate
    public CustomerReferralsResource(@Reference ReferralService referrals) {
        this.referrals = referrals;
    }

    @POST
    public Response refer(@PathParam("customerId") String customerId, NewReferral in, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (in == null) {
            throw Refusals.invalid(Message.REFERRAL_BODY);
        }
        return Response.status(Response.Status.CREATED).entity(referrals.refer(id(customerId), in.serviceType(), in.purpose(), Boolean.TRUE.equals(in.again()), user)).build();
    }

    @GET
    public List<ReferralService.ReferralView> list(@PathParam("customerId") String customerId, @Context SecurityContext s) {
        return referrals.forCustomer(id(customerId), Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD));
    }

    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Refusals.notFound(Message.NO_SUCH_ID, value);
        }
    }
}
