package fi.polku.guidance.internal;

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
import jakarta.ws.rs.PUT;
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
import java.util.Objects;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/expert-assessments}: the year's appropriation (set by a unit lead), orders on a
 * customer's referral, invoices against them (the area's staff); the expert's own orders with the
 * least of the person ({@code /provider}, partner accounts named in the configuration).
 */
@Component(service = ExpertAssessmentsResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/expert-assessments")
@Produces(MediaType.APPLICATION_JSON)
public final class ExpertAssessmentsResource {
    /** What an expert sees of one order: the question and the least of the person the assessment needs. */
    public record ProviderOrder(UUID id, String kind, String question, LocalDate orderedOn, String state, long priceCents, String firstName,
            String lastName, String language, String contactChannel, String contact) {}

    private final ExpertAssessments assessments;
    private final Staffing staffing;
    private final ModuleReferrals referrals;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public ExpertAssessmentsResource(@Reference ExpertAssessments assessments, @Reference Staffing staffing, @Reference ModuleReferrals referrals,
            @Reference AuditLog audit, @Reference Messages messages) {
        this.assessments = assessments;
        this.staffing = staffing;
        this.referrals = referrals;
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Path("experts")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<Staffing.Expert> experts(@Context SecurityContext s) {
        staff(s);
        return staffing.experts();
    }

    @GET
    @Path("appropriations/{year}")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public ExpertAssessments.Balance balance(@PathParam("year") String year, @Context SecurityContext s) {
        staff(s);
        return assessments.balance(year(year));
    }

    @PUT
    @Path("appropriations/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.UNIT_LEAD)
    public ExpertAssessments.Balance setAppropriation(@PathParam("year") String year, ExpertAssessments.Amount in, @Context SecurityContext s) {
        PolkuUser lead = Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
        ExpertAssessments.Balance b = assessments.setAppropriation(year(year), in, lead);
        audit.record(lead, null, "expert-assessment.appropriation", "year " + b.year() + " amount " + b.amountCents());
        return b;
    }

    @GET
    @Path("orders")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<ExpertAssessments.OrderView> orders(@QueryParam("referral") List<String> ids, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (ids.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("input.too-many", 100)).build();
        }
        List<ExpertAssessments.OrderView> found = assessments.orders(ids.stream().map(this::uuid).toList(), null);
        found.forEach(o -> audit.record(user, null, "expert-assessment.read", "order " + o.id()));
        return found;
    }

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response order(ExpertAssessments.NewOrder in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (in == null) {
            throw Problem.invalid().field("referralId", messages.texts("input.id")).build();
        }
        ExpertAssessments.OrderView o = assessments.order(in, user);
        audit.record(user, null, "expert-assessment.order", "order " + o.id() + " referral " + o.referralId() + " price " + o.priceCents());
        return Response.status(Response.Status.CREATED).entity(o).build();
    }

    @POST
    @Path("orders/{id}/cancel")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public ExpertAssessments.OrderView cancel(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        ExpertAssessments.OrderView o = assessments.cancel(id);
        audit.record(user, null, "expert-assessment.cancel", "order " + o.id());
        return o;
    }

    @POST
    @Path("orders/{id}/invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response invoice(@PathParam("id") String id, ExpertAssessments.NewInvoice in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        ExpertAssessments.OrderView o = assessments.invoice(id, in, user);
        audit.record(user, null, "expert-assessment.invoice", "order " + o.id() + " invoiced " + o.invoicedCents());
        return Response.status(Response.Status.CREATED).entity(o).build();
    }

    /** An expert's own orders; each person shown is read through the core and audited there. */
    @GET
    @Path("provider/orders")
    @RolesAllowed(Role.Ids.PARTNER)
    public fi.polku.api.rest.ListPage<ProviderOrder> providerOrders(@jakarta.ws.rs.QueryParam("offset") Integer offset,
            @jakarta.ws.rs.QueryParam("limit") Integer limit, @Context SecurityContext s) {
        PolkuUser expert = Caller.require(s.getUserPrincipal(), Role.PARTNER);
        String account = provider(expert);
        fi.polku.api.rest.FieldCheck check = new fi.polku.api.rest.FieldCheck(messages);
        fi.polku.api.rest.ListPage.Request page = check.page(offset, limit, 100, 500);
        check.done();
        fi.polku.api.rest.ListPage<ExpertAssessments.OrderView> own = assessments.ofProvider(account, page);
        return page.answer(own.total(), own.items().stream().map(o -> {
            ReferralDetails d = referrals.details(o.referralId(), expert, "expert assessment order").orElse(null);
            return d == null ? null : new ProviderOrder(o.id(), o.kind(), o.question(), o.orderedOn(), o.state(), o.priceCents(), d.firstName(),
                    d.lastName(), d.language(), d.contactChannel().orElse(null), d.contact().orElse(null));
        }).filter(Objects::nonNull).toList());
    }

    @POST
    @Path("provider/orders/{id}/deliver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.PARTNER)
    public ExpertAssessments.OrderView deliver(@PathParam("id") String id, ExpertAssessments.Report in, @Context SecurityContext s) {
        PolkuUser expert = Caller.require(s.getUserPrincipal(), Role.PARTNER);
        ExpertAssessments.OrderView o = assessments.deliver(id, in, provider(expert));
        audit.record(expert, null, "expert-assessment.delivered", "order " + o.id());
        return o;
    }

    private String provider(PolkuUser expert) {
        return staffing.expert(expert.username()).map(Staffing.Expert::account)
                .orElseThrow(() -> Problem.of(403, "not-an-expert", messages.texts("provider.none")));
    }

    private static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }

    private int year(String value) {
        try {
            int y = Integer.parseInt(value);
            if (y >= 2025 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw Problem.invalid().field("year", messages.texts("appropriation.year")).build();
    }

    private UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field("referral", messages.texts("input.id")).build();
        }
    }
}
