package fi.polku.multisector.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralDetails;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.multisector.internal.Cooperation.AssessmentView;
import fi.polku.multisector.internal.Cooperation.CaseView;
import fi.polku.multisector.internal.Cooperation.FollowUpView;
import fi.polku.multisector.internal.Cooperation.PlanView;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/multisector}: for the area's staff, the co-operation's queue, a customer's consents,
 * joint assessments, plans and follow-ups; for the wellbeing services county's and Kela's staff
 * ({@code /authority}), only the customers whose consent in force names their authority and only
 * what it allows. Every read of a customer's records is audited.
 */
@Component(service = MultisectorResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/multisector")
@Produces(MediaType.APPLICATION_JSON)
public final class MultisectorResource {
    public record QueueRow(UUID referralId, String municipalityCode, String state, LocalDate referredOn, NextStep next, String firstName,
            String lastName) {}

    public record RuleView(LocalDate effectiveFrom, String step, int months, String acts, String source, boolean verified) {}

    /** What an authority's worker sees of one customer: the least of the person, and what the consents allow. */
    public record AuthorityCase(UUID referralId, String firstName, String lastName, String language, String contactChannel, String contact,
            Set<String> scopes, List<AssessmentView> assessments, List<PlanView> plans, List<FollowUpView> followUps) {}

    private final Cooperation cooperation;
    private final Authorities authorities;
    private final MultisectorRules rules;
    private final ModuleReferrals referrals;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public MultisectorResource(@Reference Cooperation cooperation, @Reference Authorities authorities, @Reference MultisectorRules rules,
            @Reference ModuleReferrals referrals, @Reference AuditLog audit, @Reference Messages messages) {
        this.cooperation = cooperation;
        this.authorities = authorities;
        this.rules = rules;
        this.referrals = referrals;
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Path("rules")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<RuleView> rules(@Context SecurityContext s) {
        staff(s);
        return rules.all().stream().flatMap(d -> Map.of(NextStep.ASSESSMENT, d.assessment(), NextStep.PLAN, d.plan(), NextStep.REVIEW, d.review())
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new RuleView(d.effectiveFrom(), e.getKey(), e.getValue().months(), e.getValue().acts(), e.getValue().source(),
                        e.getValue().verified()))).toList();
    }

    /** The customers referred to the co-operation, with what is owed next; each name is read through the core and audited there. */
    @GET
    @Path("queue")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<QueueRow> queue(@QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (limit < 1 || limit > 500) {
            throw Problem.invalid().field("limit", messages.texts("input.limit", 1, 500)).build();
        }
        return cooperation.queue(limit).stream().map(c -> referrals.details(c.referralId(), user, "multisectoral co-operation queue")
                .map(d -> new QueueRow(c.referralId(), c.municipalityCode(), c.state(), c.referredOn(), c.next(), d.firstName(), d.lastName())).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** {@code GET cases?referral=...}: the records of a customer's referrals to the co-operation (the customer's tab). */
    @GET
    @Path("cases")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<CaseView> cases(@QueryParam("referral") List<String> ids, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (ids.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("input.too-many", 100)).build();
        }
        List<CaseView> found = cooperation.cases(ids.stream().map(this::uuid).toList());
        found.forEach(c -> audit.record(user, null, "multisector.read", "referral " + c.referralId()));
        return found;
    }

    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response giveConsent(Cooperation.NewConsent in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        Cooperation.ConsentView c = cooperation.giveConsent(body(in), user);
        audit.record(user, null, "multisector.consent-given", "referral " + in.referralId() + " " + c.authority() + "/" + c.scope());
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    /** The customer withdraws a consent: in force no longer from this moment. */
    @POST
    @Path("consents/{id}/withdraw")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response withdrawConsent(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        UUID referral = cooperation.withdrawConsent(id, user);
        audit.record(user, null, "multisector.consent-withdrawn", "referral " + referral + " consent " + id);
        return Response.noContent().build();
    }

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response assess(Cooperation.NewAssessment in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        AssessmentView a = cooperation.assess(body(in), user);
        audit.record(user, null, "multisector.assessment", "referral " + in.referralId() + " outcome=" + a.outcome());
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response plan(Cooperation.NewPlan in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        PlanView p = cooperation.plan(body(in), user);
        audit.record(user, null, "multisector.plan", "referral " + in.referralId() + " version " + p.version());
        return Response.status(Response.Status.CREATED).entity(p).build();
    }

    @POST
    @Path("follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response followUp(Cooperation.NewFollowUp in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        FollowUpView f = cooperation.followUp(body(in), Authorities.EMPLOYMENT, user);
        audit.record(user, null, "multisector.follow-up", "referral " + in.referralId());
        return Response.status(Response.Status.CREATED).entity(f).build();
    }

    /** An authority's worker: the customers whose consent in force names the worker's authority, with what it allows. */
    @GET
    @Path("authority/customers")
    @RolesAllowed(Role.Ids.PARTNER)
    public List<AuthorityCase> authorityCustomers(@Context SecurityContext s) {
        PolkuUser worker = Caller.require(s.getUserPrincipal(), Role.PARTNER);
        String authority = authority(worker);
        return cooperation.consented(authority).entrySet().stream().map(e -> {
            ReferralDetails d = referrals.details(e.getKey(), worker, "multisectoral co-operation, consent to " + authority).orElse(null);
            CaseView c = cooperation.caseOf(e.getKey()).orElse(null);
            if (d == null || c == null) {
                return null;
            }
            Set<String> scopes = e.getValue();
            audit.record(worker, null, "multisector.authority-read", "referral " + e.getKey() + " as " + authority + ": "
                    + String.join(",", scopes.stream().sorted().toList()));
            boolean plan = scopes.contains("plan");
            return new AuthorityCase(e.getKey(), d.firstName(), d.lastName(), d.language(), d.contactChannel().orElse(null),
                    d.contact().orElse(null), scopes, scopes.contains("assessment") ? c.assessments() : List.of(), plan ? c.plans() : List.of(),
                    plan ? c.followUps() : List.of());
        }).filter(Objects::nonNull).sorted(java.util.Comparator.comparing(AuthorityCase::lastName).thenComparing(AuthorityCase::firstName))
                .toList();
    }

    /** An authority's worker records a follow-up, where the customer's consent to the plan names the authority. */
    @POST
    @Path("authority/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.PARTNER)
    public Response authorityFollowUp(Cooperation.NewFollowUp in, @Context SecurityContext s) {
        PolkuUser worker = Caller.require(s.getUserPrincipal(), Role.PARTNER);
        String authority = authority(worker);
        UUID referral = uuid(body(in).referralId());
        if (!cooperation.consented(authority).getOrDefault(referral, Set.of()).contains("plan")) {
            // Without a consent in force the customer is, to this worker, not there at all.
            throw Problem.of(404, "no-referral", messages.texts("referral.none"));
        }
        FollowUpView f = cooperation.followUp(in, authority, worker);
        audit.record(worker, null, "multisector.follow-up", "referral " + referral + " by " + authority);
        return Response.status(Response.Status.CREATED).entity(f).build();
    }

    private String authority(PolkuUser worker) {
        return authorities.of(worker.username()).orElseThrow(() -> Problem.of(403, "not-in-cooperation", messages.texts("authority.none")));
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
