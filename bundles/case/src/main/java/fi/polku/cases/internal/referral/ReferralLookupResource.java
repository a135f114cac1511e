package fi.polku.cases.internal.referral;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/v1/referrals/{id}/customer}: the customer of a referral, for the staff. A module
 * knows its referrals but never the customer's id; its lists lead the caseworker to the customer's
 * page through this, and the lookup is on the customer's audit trail.
 */
@Component(service = ReferralLookupResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/referrals/{id}/customer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class ReferralLookupResource {
    private final ReferralService referrals;

    @Activate
    public ReferralLookupResource(@Reference ReferralService referrals) {
        this.referrals = referrals;
    }

    @GET
    public Map<String, UUID> customer(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        UUID referral = CustomerReferralsResource.id(id);
        return referrals.customerOf(referral, user).map(c -> Map.of("customerId", c))
                .orElseThrow(() -> Refusals.notFound(Message.NO_SUCH_ID, id));
    }
}
