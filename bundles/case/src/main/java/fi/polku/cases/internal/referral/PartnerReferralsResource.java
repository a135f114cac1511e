package fi.polku.cases.internal.referral;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import fi.polku.api.rest.ListPage;
import fi.polku.cases.internal.lists.Paging;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/partner/referrals}: a partner provider's referrals, and moving one on
 * ({@code POST .../{id}/accept}, {@code decline}, {@code start}, {@code complete}, {@code interrupt}
 * with {@code {"note": "..."}}).
 */
@Component(service = PartnerReferralsResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/partner/referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.PARTNER)
public final class PartnerReferralsResource {
    private static final Map<String, String> ACTIONS = Map.of("accept", "accepted", "decline", "declined", "start", "started",
            "complete", "completed", "interrupt", "interrupted");

    public record Note(String note) {}

    private final ReferralService referrals;

    @Activate
    public PartnerReferralsResource(@Reference ReferralService referrals) {
        this.referrals = referrals;
    }

    /** The partner's referrals: one page with the total ({@code offset}, {@code limit}), of one {@code state}, ordered by {@code sort}. */
    @GET
    public ListPage<ReferralService.PartnerView> list(@QueryParam("state") String state, @QueryParam("sort") String sort,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext s) {
        return referrals.forPartner(Caller.require(s.getUserPrincipal(), Role.PARTNER), state == null || state.isBlank() ? null : state.trim(),
                sort, Paging.of(offset, limit, 100, 500));
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReferralService.ReferralView move(@PathParam("id") String id, @PathParam("action") String action, Note note,
            @Context SecurityContext s) {
        return referrals.move(CustomerReferralsResource.id(id), ACTIONS.getOrDefault(action, action), note == null ? null : note.note(),
                Caller.require(s.getUserPrincipal(), Role.PARTNER));
    }
}
