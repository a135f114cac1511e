package fi.polku.trials.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralDetails;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/trials}: the caseworker records a trial agreed on a referral and sees a
 * customer's trials; the staff see the trials under way and the rules; an organiser's account
 * ({@code /organiser}) sees its own trials with the least personal data and confirms them.
 */
@Component(service = TrialsResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/trials")
@Produces(MediaType.APPLICATION_JSON)
public final class TrialsResource {
    /** A trial as the staff see it. */
    public record TrialView(UUID id, UUID referralId, String kind, String state, String organiserName, String organiserBusinessId,
            boolean organiserHasAccount, String statutoryGround, String policyGround, String tasks, BigDecimal hoursPerDay, Integer daysPerWeek,
            Integer trialDays, LocalDate startsOn, LocalDate endsOn, boolean assurance, Instant agreedAt, String agreedBy, Instant updatedAt,
            String note) {
        static TrialView of(Trial t) {
            return new TrialView(t.id(), t.referralId(), t.kind(), t.state(), t.organiserName(), t.organiserBusinessId(),
                    t.organiserAccount() != null, t.statutoryGround(), t.policyGround(), t.tasks(), t.hoursPerDay(), t.daysPerWeek(),
                    t.trialDays(), t.startsOn(), t.endsOn(), t.assurance(), t.agreedAt(), t.agreedBy(), t.updatedAt(), t.note());
        }
    }

    /** A trial as its organiser sees it: the person's name, language and contact, nothing else of them. */
    public record OrganiserView(UUID id, String kind, String state, String firstName, String lastName, String language, String contactChannel,
            String contact, String tasks, BigDecimal hoursPerDay, Integer daysPerWeek, Integer trialDays, LocalDate startsOn, LocalDate endsOn,
            String note) {}

    public record ParameterView(String key, int value, String acts, String source, boolean verified) {}

    public record RuleSetView(LocalDate effectiveFrom, List<ParameterView> parameters) {}

    public record Note(String note) {}

    private final Trials trials;
    private final TrialRules rules;
    private final ModuleReferrals referrals;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public TrialsResource(@Reference Trials trials, @Reference TrialRules rules, @Reference ModuleReferrals referrals,
            @Reference AuditLog audit, @Reference Messages messages) {
        this.trials = trials;
        this.rules = rules;
        this.referrals = referrals;
        this.audit = audit;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response agree(TrialInput in, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (in == null) {
            throw Problem.invalid().field("referralId", messages.texts("not-an-id")).build();
        }
        Trial t = trials.agree(in, user);
        audit.record(user, null, "trials.agree", "trial " + t.id() + " kind=" + t.kind() + " referral " + t.referralId());
        return Response.status(Response.Status.CREATED).entity(TrialView.of(t)).build();
    }

    /** {@code GET ?referral=...}: the trials of the referrals named (a customer's trial referrals). */
    @GET
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<TrialView> of(@QueryParam("referral") List<String> ids, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return trials.ofReferrals(Ids.referrals(ids, messages)).stream().map(TrialView::of).toList();
    }

    /** The trials agreed or under way, soonest first: no personal data beyond the referral's id. */
    @GET
    @Path("current")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<TrialView> current(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return trials.current().stream().map(TrialView::of).toList();
    }

    @GET
    @Path("rules")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<RuleSetView> rules(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return rules.all().stream().map(r -> new RuleSetView(r.effectiveFrom(), r.parameters().stream()
                .map(p -> new ParameterView(p.key(), p.value(), p.cite().acts(), p.source(), p.verified())).toList())).toList();
    }

    /** The organiser's own trials; each person shown is read through the core, which records it in their trail. */
    @GET
    @Path("organiser")
    @RolesAllowed(Role.Ids.PARTNER)
    public fi.polku.api.rest.ListPage<OrganiserView> organiser(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext s) {
        PolkuUser partner = Caller.require(s.getUserPrincipal(), Role.PARTNER);
        fi.polku.api.rest.FieldCheck check = new fi.polku.api.rest.FieldCheck(messages);
        fi.polku.api.rest.ListPage.Request page = check.page(offset, limit, 100, 500);
        check.done();
        fi.polku.api.rest.ListPage<Trial> mine = trials.ofOrganiser(partner.username(), page);
        return page.answer(mine.total(), mine.items().stream().map(t -> {
            ReferralDetails d = referrals.details(t.referralId(), partner, "trial organiser list").orElse(null);
            return d == null ? null : new OrganiserView(t.id(), t.kind(), t.state(), d.firstName(), d.lastName(), d.language(),
                    d.contactChannel().orElse(null), d.contact().orElse(null), t.tasks(), t.hoursPerDay(), t.daysPerWeek(), t.trialDays(),
                    t.startsOn(), t.endsOn(), t.note());
        }).filter(Objects::nonNull).toList());
    }

    /** {@code POST organiser/{id}/start}, {@code complete} or {@code interrupt} (the last two with {@code {"note"}}). */
    @POST
    @Path("organiser/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.PARTNER)
    public TrialView confirm(@PathParam("id") String id, @PathParam("action") String action, Note body, @Context SecurityContext s) {
        PolkuUser partner = Caller.require(s.getUserPrincipal(), Role.PARTNER);
        UUID trial = Ids.of(id, "id", messages);
        Trial t = trials.find(trial).filter(x -> partner.username().equals(x.organiserAccount()))
                // Another organiser's trial does not exist as far as this one knows.
                .orElseThrow(() -> Problem.of(404, "no-trial", messages.texts("no-trial")));
        String to = switch (action) {
            case "start" -> "started";
            case "complete" -> "completed";
            case "interrupt" -> "interrupted";
            default -> throw Problem.of(404, "no-such-action", messages.texts("no-such-action"));
        };
        return TrialView.of(trials.confirm(t.id(), to, body == null ? null : body.note(), partner));
    }
}
