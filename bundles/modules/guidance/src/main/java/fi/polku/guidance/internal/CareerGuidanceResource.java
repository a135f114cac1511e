package fi.polku.guidance.internal;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/career-guidance}: sessions and consents (the area's staff), psychological
 * assessments (the psychologists), and a customer's records, the results only for a psychologist or
 * under the customer's consent to share them; every read audited, a read of results as such.
 */
@Component(service = CareerGuidanceResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/career-guidance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class CareerGuidanceResource {
    private final CareerGuidance guidance;
    private final Staffing staffing;
    private final GuidanceRules rules;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public CareerGuidanceResource(@Reference CareerGuidance guidance, @Reference Staffing staffing, @Reference GuidanceRules rules,
            @Reference AuditLog audit, @Reference Messages messages) {
        this.guidance = guidance;
        this.staffing = staffing;
        this.rules = rules;
        this.audit = audit;
        this.messages = messages;
    }

    /** The guidance services' conditions by the day they come into force, each with its source and whether it was verified. */
    @GET
    @Path("rules")
    public List<GuidanceRules.Conditions> rules(@Context SecurityContext s) {
        staff(s);
        return rules.all();
    }

    /** Whether the caller is one of the psychologists. */
    @GET
    @Path("me")
    public Map<String, Boolean> me(@Context SecurityContext s) {
        return Map.of("psychologist", staffing.isPsychologist(staff(s)));
    }

    @GET
    @Path("cases")
    public List<CareerGuidance.CaseView> cases(@QueryParam("referral") List<String> ids, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (ids.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("input.too-many", 100)).build();
        }
        List<CareerGuidance.CaseView> found = guidance.cases(ids.stream().map(this::uuid).toList(), staffing.isPsychologist(user));
        found.forEach(c -> audit.record(user, null, c.resultsShown() && !c.assessments().isEmpty() ? "career-guidance.results-read"
                : "career-guidance.read", "referral " + c.referralId()));
        return found;
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response session(CareerGuidance.NewSession in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        CareerGuidance.SessionView v = guidance.session(body(in), user);
        audit.record(user, null, "career-guidance.session", "referral " + in.referralId());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response consent(CareerGuidance.NewConsent in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        CareerGuidance.ConsentView v = guidance.giveConsent(body(in), user);
        audit.record(user, null, "career-guidance.consent-given", "referral " + in.referralId() + " " + v.scope());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    @POST
    @Path("consents/{id}/withdraw")
    public Response withdraw(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        UUID referral = guidance.withdraw(id, user);
        audit.record(user, null, "career-guidance.consent-withdrawn", "referral " + referral + " consent " + id);
        return Response.noContent().build();
    }

    /** A psychological assessment: the psychologists only, and only under the customer's consent to the methods. */
    @POST
    @Path("psychological-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(CareerGuidance.NewAssessment in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (!staffing.isPsychologist(user)) {
            throw Problem.of(403, "psychologists-only", messages.texts("assessment.psychologists-only"));
        }
        CareerGuidance.AssessmentView v = guidance.assess(body(in), user);
        audit.record(user, null, "career-guidance.psychological-assessment", "referral " + in.referralId());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    private static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }

    private <T> T body(T in) {
        if (in == null) {
            throw Problem.invalid().field("referralId", messages.texts("input.id")).build();
        }
        return in;
    }

    private UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field("referral", messages.texts("input.id")).build();
        }
    }
}
