package fi.polku.cases.internal.customer;

import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.ListPage;
import fi.polku.api.rest.Problem;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.process.Refusals;
import fi.polku.api.installation.Installation;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.FieldMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import fi.polku.cases.identity.InvalidIdentityCodeException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/customers}: register a job seeker, read one (identity code masked), and reveal
 * the identity code on purpose. Every call is in the customer's audit trail.
 */
@Component(service = CustomerResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class CustomerResource {

    public record CustomerView(UUID id, String identityCode, String firstName, String lastName, String municipalityCode,
            String language, String phone, String email, String streetAddress, String postalCode, String postOffice,
            String preferredChannel, String motherTongue, boolean interpreterNeeded, Instant createdAt, String createdBy,
            int age, String responsibleWorker) {
        static CustomerView of(Customer c) {
            IdentityCode code = IdentityCode.parse(c.identityCode());
            return new CustomerView(c.id(), code.masked(), c.firstName(), c.lastName(),
                    c.municipalityCode(), c.language(), c.phone(), c.email(), c.streetAddress(), c.postalCode(), c.postOffice(),
                    c.preferredChannel(), c.motherTongue(), c.interpreterNeeded(), c.createdAt(), c.createdBy(),
                    java.time.Period.between(code.birthDate(), FinnishCalendar.today()).getYears(), c.responsibleUser());
        }
    }

    /** Who is made responsible: a caseworker's username, or null for nobody. */
    public record ResponsibleInput(String worker) {}

    private final CustomerStore store;
    private final CustomerSearch search;
    private final fi.polku.cases.internal.process.Team team;
    private final Organisation organisation;
    private final boolean demo;

    @Activate
    public CustomerResource(@Reference CustomerStore store, @Reference CustomerSearch search,
            @Reference fi.polku.cases.internal.process.Team team, @Reference Organisation organisation, @Reference Installation installation) {
        this.store = store;
        this.search = search;
        this.team = team;
        this.organisation = organisation;
        this.demo = installation.isDemo();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(CustomerInput in, @Context SecurityContext security, @Context UriInfo uri) {
        PolkuUser caller = user(security);
        if (in == null) {
            throw Refusals.invalid(Message.CUSTOMER_BODY);
        }
        FieldMessages problems = in.check(organisation, demo);
        if (!problems.isEmpty()) {
            throw Refusals.invalid(problems); // answered in the language the request accepts
        }
        CustomerStore.Registration result = store.register(in.toNewCustomer(), caller);
        if (result instanceof CustomerStore.Registration.Created c) {
            return Response.created(uri.getAbsolutePathBuilder().path(c.customer().id().toString()).build())
                    .entity(CustomerView.of(c.customer())).build();
        }
        UUID existing = ((CustomerStore.Registration.AlreadyRegistered) result).existing();
        throw Problem.builder(409, Message.ALREADY_REGISTERED.key()).detail(Message.ALREADY_REGISTERED.texts())
                .extension("existing", uri.getAbsolutePathBuilder().path(existing.toString()).build().toString()).build();
    }

    /**
     * Search, one page with the total: {@code ?q=} a name in any usual order ("Virtanen, Aino",
     * "Aino Virtanen", "virt ai", "Aino"), a birth date (15.3.1990 or 150390) or a whole identity
     * code (exact); {@code offset}, {@code limit}.
     */
    @GET
    public fi.polku.cases.internal.lists.CountedPage<CustomerSearch.Row> search(@QueryParam("q") String q, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        PolkuUser caller = user(security);
        if (q == null || q.isBlank() || q.trim().length() < 2) {
            throw Problem.invalid().field("q", Message.SEARCH_TOO_SHORT.texts()).build();
        }
        String term = q.trim();
        Paging paging = Paging.of(offset, limit, 20, 100);
        if (term.length() == 11 && Character.isDigit(term.charAt(0)) && Character.isDigit(term.charAt(5))) {
            IdentityCode code;
            try {
                code = IdentityCode.parse(term);
            } catch (InvalidIdentityCodeException e) {
                throw Refusals.invalid("q", CustomerInput.message(e.fault()), e.details().toArray());
            }
            return search.byIdentityCode(code, paging, caller);
        }
        var days = SearchTerms.birthDates(term);
        if (days.isPresent()) {
            return search.byBirthDate(days.get(), paging, caller);
        }
        if (Character.isDigit(term.charAt(0))) {
            throw Problem.invalid().field("q", Message.SEARCH_NOT_A_DATE.texts()).build();
        }
        if (term.length() > 200) {
            throw Problem.invalid().field("q", Message.SEARCH_NAME_TOO_LONG.texts()).build();
        }
        return search.byName(SearchTerms.names(term), paging, caller);
    }

    /** The customers the caller opened lately, the latest first. */
    @GET
    @Path("recent")
    public List<CustomerSearch.Row> recent(@Context SecurityContext security) {
        return search.recent(user(security));
    }

    /** A unit lead makes a caseworker responsible for the customer ({@code {"worker": null}}: nobody). */
    @PUT
    @Path("{id}/responsible-worker")
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerView responsible(@PathParam("id") String id, ResponsibleInput in, @Context SecurityContext security) {
        PolkuUser lead = Caller.require(security.getUserPrincipal(), Role.UNIT_LEAD);
        if (in == null) {
            throw Refusals.invalid(Message.CUSTOMER_BODY);
        }
        String worker = in.worker() == null || in.worker().isBlank() ? null : team.caseworker(in.worker());
        return store.setResponsible(uuid(id), worker, lead).map(CustomerView::of)
                .orElseThrow(() -> Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id));
    }

    /** New contact details; the ones before are kept as a version ({@code GET .../contact-versions}). */
    @PUT
    @Path("{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerView contact(@PathParam("id") String id, ContactInput in, @Context SecurityContext security) {
        PolkuUser caller = user(security);
        if (in == null) {
            throw Refusals.invalid(Message.CUSTOMER_BODY);
        }
        UUID customer = uuid(id);
        Customer c = store.read(customer, caller, AuditTrail.CUSTOMER_READ)
                .orElseThrow(() -> Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id));
        FieldMessages problems = in.check(c, organisation);
        if (!problems.isEmpty()) {
            throw Refusals.invalid(problems);
        }
        return store.changeContact(customer, in.checked(c), caller).map(CustomerView::of)
                .orElseThrow(() -> Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id));
    }

    @GET
    @Path("{id}/contact-versions")
    public List<CustomerStore.ContactVersion> contactVersions(@PathParam("id") String id, @Context SecurityContext security) {
        UUID customer = uuid(id);
        PolkuUser caller = user(security);
        store.read(customer, caller, AuditTrail.CUSTOMER_READ).orElseThrow(() -> Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id));
        return store.contactVersions(customer, caller);
    }

    @GET
    @Path("{id}")
    public CustomerView get(@PathParam("id") String id, @Context SecurityContext security) {
        return store.read(uuid(id), user(security), AuditTrail.CUSTOMER_READ).map(CustomerView::of)
                .orElseThrow(() -> Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id));
    }

    /** The full identity code: asked for on purpose, and recorded as such. */
    @GET
    @Path("{id}/identity-code")
    public Map<String, String> identityCode(@PathParam("id") String id, @Context SecurityContext security) {
        return store.read(uuid(id), user(security), AuditTrail.IDENTITY_CODE_REVEAL)
                .map(c -> Map.of("identityCode", c.identityCode()))
                .orElseThrow(() -> Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusals.notFound(Message.CUSTOMER_NOT_FOUND, id);
        }
    }

    private static PolkuUser user(SecurityContext security) {
        return Caller.require(security.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }
}
