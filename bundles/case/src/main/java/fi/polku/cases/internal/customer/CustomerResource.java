package fi.polku.cases.internal.customer;

import fi.polku.api.installation.Installation;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Refusal;
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
            String preferredChannel, Instant createdAt, String createdBy) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id(), IdentityCode.parse(c.identityCode()).masked(), c.firstName(), c.lastName(),
                    c.municipalityCode(), c.language(), c.phone(), c.email(), c.streetAddress(), c.postalCode(), c.postOffice(),
                    c.preferredChannel(), c.createdAt(), c.createdBy());
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
            throw new BadRequestException("Send the new customer as JSON: identityCode, firstName, lastName, municipalityCode, language, "
                    + "and optionally phone, email, streetAddress, postalCode, postOffice, preferredChannel.");
        }
        FieldMessages problems = in.check(organisation, demo);
        if (!problems.isEmpty()) {
            // In the language the request accepts: see LocalizedRefusals.
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new Refusal(problems)).build();
        }
        CustomerStore.Registration result = store.register(in.toNewCustomer(), caller);
        if (result instanceof CustomerStore.Registration.Created c) {
            return Response.created(uri.getAbsolutePathBuilder().path(c.customer().id().toString()).build())
                    .entity(CustomerView.of(c.customer())).build();
        }
        UUID existing = ((CustomerStore.Registration.AlreadyRegistered) result).existing();
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", 409, "error", "Conflict",
                        "message", "This person is already registered as a customer.",
                        "existing", uri.getAbsolutePathBuilder().path(existing.toString()).build().toString()))
                .build();
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
            throw new BadRequestException("Give at least two characters to search with: ?q=<last name> [first name], or an identity code.");
        }
        String term = q.trim();
        int n = Math.max(1, Math.min(limit, 100));
        if (term.length() == 11 && Character.isDigit(term.charAt(0)) && Character.isDigit(term.charAt(5))) {
            IdentityCode code;
            try {
                code = IdentityCode.parse(term);
            } catch (InvalidIdentityCodeException e) {
                throw new BadRequestException(e.getMessage());
            }
            return store.findByIdentityCode(code.value(), caller).map(c -> List.of(CustomerView.of(c))).orElse(List.of());
        }
        String[] parts = term.split("\\s+", 2);
        if (parts[0].length() > 100 || (parts.length > 1 && parts[1].length() > 100)) {
            throw new BadRequestException("A name to search with is at most 100 characters.");
        }
        return store.searchByName(parts[0], parts.length > 1 ? parts[1] : null, n, caller).stream().map(CustomerView::of).toList();
    }

    @GET
    @Path("{id}")
    public CustomerView get(@PathParam("id") String id, @Context SecurityContext security) {
        return store.read(uuid(id), user(security), AuditTrail.CUSTOMER_READ).map(CustomerView::of)
                .orElseThrow(() -> new NotFoundException("No customer " + id));
    }

    /** The full identity code: asked for on purpose, and recorded as such. */
    @GET
    @Path("{id}/identity-code")
    public Map<String, String> identityCode(@PathParam("id") String id, @Context SecurityContext security) {
        return store.read(uuid(id), user(security), AuditTrail.IDENTITY_CODE_REVEAL)
                .map(c -> Map.of("identityCode", c.identityCode()))
                .orElseThrow(() -> new NotFoundException("No customer " + id));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No customer " + id + ": a customer id looks like 3f2b8c1e-9a4d-4c1b-8e2f-1a2b3c4d5e6f");
        }
    }

    private static PolkuUser user(SecurityContext security) {
        return Caller.require(security.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }
}
