package fi.polku.cases.internal.customer;

import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.Problem;
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
            String preferredChannel, String motherTongue, boolean interpreterNeeded, Instant createdAt, String createdBy) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id(), IdentityCode.parse(c.identityCode()).masked(), c.firstName(), c.lastName(),
                    c.municipalityCode(), c.language(), c.phone(), c.email(), c.streetAddress(), c.postalCode(), c.postOffice(),
                    c.preferredChannel(), c.motherTongue(), c.interpreterNeeded(), c.createdAt(), c.createdBy());
        }
    }

    private final CustomerStore store;
    private final Organisation organisation;
    private final boolean demo;

    @Activate
    public CustomerResource(@Reference CustomerStore store, @Reference Organisation organisation, @Reference Installation installation) {
        this.store = store;
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
     * Search: {@code ?q=Virtanen} or {@code ?q=virt ai} (last name, then first name, both as
     * prefixes) or {@code ?q=150390-912R} (an identity code, exact).
     */
    @GET
    public List<CustomerView> search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit,
            @Context SecurityContext security) {
        PolkuUser caller = user(security);
        if (q == null || q.isBlank() || q.trim().length() < 2) {
            throw Problem.invalid().field("q", Message.SEARCH_TOO_SHORT.texts()).build();
        }
        String term = q.trim();
        int n = Math.max(1, Math.min(limit, 100));
        if (term.length() == 11 && Character.isDigit(term.charAt(0)) && Character.isDigit(term.charAt(5))) {
            IdentityCode code;
            try {
                code = IdentityCode.parse(term);
            } catch (InvalidIdentityCodeException e) {
                throw Refusals.invalid("q", CustomerInput.message(e.fault()), e.details().toArray());
            }
            return store.findByIdentityCode(code.value(), caller).map(c -> List.of(CustomerView.of(c))).orElse(List.of());
        }
        String[] parts = term.split("\\s+", 2);
        if (parts[0].length() > 100 || (parts.length > 1 && parts[1].length() > 100)) {
            throw Problem.invalid().field("q", Message.SEARCH_NAME_TOO_LONG.texts()).build();
        }
        return store.searchByName(parts[0], parts.length > 1 ? parts[1] : null, n, caller).stream().map(CustomerView::of).toList();
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
