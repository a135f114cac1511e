package fi.polku.integration.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/integration}: the staff read a customer's initial assessments and integration plans;
 * the named integration specialists (and unit leads) record them. Every read is audited.
 */
@Component(service = IntegrationResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/integration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class IntegrationResource {
    public record RuleView(LocalDate effectiveFrom, String parameter, int value, String acts, String source, boolean verified) {}

    public record QueueRow(UUID referralId, String municipalityCode, String state, LocalDate referredOn, Integration.Next next,
            String firstName, String lastName) {}

    private final Integration integration;
    private final Specialists specialists;
    private final IntegrationRules rules;
    private final ModuleReferrals referrals;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public IntegrationResource(@Reference Integration integration, @Reference Specialists specialists, @Reference IntegrationRules rules,
            @Reference ModuleReferrals referrals, @Reference AuditLog audit, @Reference Messages messages) {
        this.integration = integration;
        this.specialists = specialists;
        this.rules = rules;
        this.referrals = referrals;
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Path("rules")
    public List<RuleView> rules(@Context SecurityContext s) {
        staff(s);
        return rules.all().stream().flatMap(r -> java.util.stream.Stream.of(
                view(r.effectiveFrom(), "plan.withinDays", r.planWithinDays()),
                view(r.effectiveFrom(), "plan.maxMonths", r.planMaxMonths()),
                view(r.effectiveFrom(), "plan.totalMaxMonths", r.planTotalMaxMonths()))).toList();
    }

    /** Whether the caller may record: the named specialists and the unit leads. */
    @GET
    @Path("me")
    public java.util.Map<String, Boolean> me(@Context SecurityContext s) {
        return java.util.Map.of("mayRecord", specialists.mayRecord(staff(s)));
    }

    @GET
    @Path("queue")
    public List<QueueRow> queue(@QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (limit < 1 || limit > 500) {
            throw Problem.invalid().field("limit", messages.texts("input.limit", 1, 500)).build();
        }
        return integration.queue(limit).stream().map(c -> referrals.details(c.referralId(), user, "integration services queue")
                .map(d -> new QueueRow(c.referralId(), c.municipalityCode(), c.state(), c.referredOn(), c.next(), d.firstName(), d.lastName()))
                .orElse(null)).filter(Objects::nonNull).toList();
    }

    /** {@code GET cases?referral=...}: the assessments and plans of a customer's referrals (the customer's tab). */
    @GET
    @Path("cases")
    public List<Integration.CaseView> cases(@QueryParam("referral") List<String> ids, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (ids.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("input.too-many", 100)).build();
        }
        List<Integration.CaseView> found = integration.cases(ids.stream().map(this::uuid).toList());
        found.forEach(c -> audit.record(user, null, "integration.read", "referral " + c.referralId()));
        return found;
    }

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(Integration.NewAssessment in, @Context SecurityContext s) {
        PolkuUser user = specialist(s);
        Integration.AssessmentView a = integration.assess(body(in), user);
        audit.record(user, null, "integration.assessment", "referral " + in.referralId());
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(Integration.NewPlan in, @Context SecurityContext s) {
        PolkuUser user = specialist(s);
        Integration.PlanView p = integration.plan(body(in), user);
        audit.record(user, null, "integration.plan", "referral " + in.referralId() + " version " + p.version());
        return Response.status(Response.Status.CREATED).entity(p).build();
    }

    private static RuleView view(LocalDate from, String parameter, IntegrationRules.Limit l) {
        return new RuleView(from, parameter, l.value(), l.acts(), l.source(), l.verified());
    }

    private static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }

    private PolkuUser specialist(SecurityContext s) {
        PolkuUser user = staff(s);
        if (!specialists.mayRecord(user)) {
            throw Problem.of(403, "not-a-specialist", messages.texts("specialist.only"));
        }
        return user;
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
