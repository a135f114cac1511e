package fi.polku.ohjaamo.internal;

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
 * {@code /api/v1/ohjaamo}: the municipalities' Ohjaamo offices, the contacts recorded on a
 * customer's Ohjaamo referrals (the area's staff), and a youth worker's own Ohjaamo referrals with
 * the least personal data ({@code /worker}, partner accounts named in their office's configuration).
 */
@Component(service = OhjaamoResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/ohjaamo")
@Produces(MediaType.APPLICATION_JSON)
public final class OhjaamoResource {
    public record ContactView(UUID id, UUID referralId, LocalDate contactedOn, String channel, String outcome, String note, String recordedBy) {
        static ContactView of(ContactRecord c) {
            return new ContactView(c.id(), c.referralId(), c.contactedOn(), c.channel(), c.outcome(), c.note(), c.recordedBy());
        }
    }

    public record WorkerReferral(UUID referralId, String moduleId, String state, String purpose, String firstName, String lastName,
            String language, String contactChannel, String contact) {}

    public record RuleView(LocalDate effectiveFrom, int ageLimit, String acts, String source, boolean verified) {}

    private final Offices offices;
    private final Contacts contacts;
    private final OhjaamoRules rules;
    private final ModuleReferrals referrals;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public OhjaamoResource(@Reference Offices offices, @Reference Contacts contacts, @Reference OhjaamoRules rules,
            @Reference ModuleReferrals referrals, @Reference AuditLog audit, @Reference Messages messages) {
        this.offices = offices;
        this.contacts = contacts;
        this.rules = rules;
        this.referrals = referrals;
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Path("offices")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD, Role.Ids.PARTNER})
    public List<Office> offices(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD, Role.PARTNER);
        // Workers' user names are the office's own business: the list shows where to go and whom to call.
        return offices.all().stream().map(o -> new Office(o.moduleId(), o.municipality(), o.names(), o.address(), o.openingHours(),
                o.contacts(), List.of())).toList();
    }

    @GET
    @Path("rules")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<RuleView> rules(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return rules.all().stream().map(r -> new RuleView(r.effectiveFrom(), r.limit(), r.acts(), r.source(), r.verified())).toList();
    }

    /** {@code GET contacts?referral=...}: the contacts of a customer's Ohjaamo referrals (the area's staff). */
    @GET
    @Path("contacts")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<ContactView> contacts(@QueryParam("referral") List<String> ids, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (ids.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("too-many-referrals")).build();
        }
        return contacts.of(ids.stream().map(this::uuid).toList()).stream().map(ContactView::of).toList();
    }

    /** Records a contact: the area's staff for any Ohjaamo, a youth worker for its own. */
    @POST
    @Path("contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD, Role.Ids.PARTNER})
    public Response record(Contacts.NewContact in, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD, Role.PARTNER);
        if (in == null) {
            throw Problem.invalid().field("referralId", messages.texts("not-an-id")).build();
        }
        boolean staff = user.roles().contains(Role.CASEWORKER) || user.roles().contains(Role.UNIT_LEAD);
        ContactRecord c = contacts.record(in, user, staff ? null : offices.ofWorker(user.username()));
        audit.record(user, null, "ohjaamo.contact", "referral " + c.referralId() + " outcome=" + c.outcome());
        return Response.status(Response.Status.CREATED).entity(ContactView.of(c)).build();
    }

    /** A youth worker's open referrals in its own Ohjaamo; each person shown is read through the core and audited there. */
    @GET
    @Path("worker/referrals")
    @RolesAllowed(Role.Ids.PARTNER)
    public fi.polku.api.rest.ListPage<WorkerReferral> worker(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext s) {
        PolkuUser worker = Caller.require(s.getUserPrincipal(), Role.PARTNER);
        fi.polku.api.rest.FieldCheck check = new fi.polku.api.rest.FieldCheck(messages);
        fi.polku.api.rest.ListPage.Request page = check.page(offset, limit, 100, 500);
        check.done();
        fi.polku.api.rest.ListPage<Contacts.KnownReferral> open = contacts.openReferrals(offices.ofWorker(worker.username()), page);
        return page.answer(open.total(), open.items().stream().map(r -> {
            ReferralDetails d = referrals.details(r.referralId(), worker, "Ohjaamo worker list").orElse(null);
            return d == null ? null : new WorkerReferral(r.referralId(), r.moduleId(), d.state(), d.purpose(), d.firstName(), d.lastName(),
                    d.language(), d.contactChannel().orElse(null), d.contact().orElse(null));
        }).filter(Objects::nonNull).toList());
    }

    private UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field("referral", messages.texts("not-an-id")).build();
        }
    }
}
