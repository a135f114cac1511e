package fi.polku.training.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/training/applications}: the caseworker applies a customer's training referral to a course, and sees how it went. */
@Component(service = ApplicationsResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/training/applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class ApplicationsResource {
    private final Applications applications;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public ApplicationsResource(@Reference Applications applications, @Reference AuditLog audit, @Reference Messages messages) {
        this.applications = applications;
        this.audit = audit;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(Applications.NewApplication in, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (in == null) {
            throw Problem.invalid().field("referralId", messages.texts("not-an-id")).build();
        }
        Problem.Builder ids = Problem.invalid();
        java.util.UUID referral = null;
        java.util.UUID course = null;
        try {
            referral = Ids.of(in.referralId(), "referralId", messages);
        } catch (Problem p) {
            ids.field("referralId", messages.texts("not-an-id"));
        }
        try {
            course = Ids.of(in.courseId(), "courseId", messages);
        } catch (Problem p) {
            ids.field("courseId", messages.texts("not-an-id"));
        }
        if (ids.hasFields()) {
            throw ids.build();
        }
        Applications.View v = applications.apply(referral, course, in, user);
        audit.record(user, null, "training.apply", "referral " + referral + " to course " + course + " funding=" + v.funding());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    /** {@code GET ?referral=...}: the applications of the referrals named (a customer's training referrals). */
    @GET
    public List<Applications.View> of(@QueryParam("referral") List<String> referrals, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return applications.ofReferrals(Ids.referrals(referrals, messages));
    }
}
