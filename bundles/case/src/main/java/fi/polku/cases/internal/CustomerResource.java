package fi.polku.cases.internal;

import fi.polku.api.security.PolkuUser;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.identity.InvalidIdentityCodeException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/customers}: register a job seeker and read one back. The identity code is
 * returned masked.
 */
@Component(service = CustomerResource.class)
@JakartarsResource
@JSONRequired
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"caseworker", "unit-lead"})
public final class CustomerResource {
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "other");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");

    public record NewCustomer(String identityCode, String firstName, String lastName, String municipalityCode, String language) {}

    public record CustomerView(UUID id, String identityCode, String firstName, String lastName,
            String municipalityCode, String language, Instant createdAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id(), IdentityCode.parse(c.identityCode()).masked(), c.firstName(), c.lastName(),
                    c.municipalityCode(), c.language(), c.createdAt());
        }
    }

    private final CustomerStore store;
    private final boolean demo;

    @Activate
    public CustomerResource(@Reference CustomerStore store, BundleContext context) {
        this.store = store;
        this.demo = "demo".equals(context.getProperty("polku.mode"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(NewCustomer in, @Context SecurityContext security, @Context UriInfo uri) {
        if (in == null) {
            throw new BadRequestException("Send the new customer as JSON: identityCode, firstName, lastName, municipalityCode, language");
        }
        IdentityCode code;
        try {
            code = IdentityCode.parse(in.identityCode());
        } catch (InvalidIdentityCodeException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (demo && !code.isSynthetic()) {
            throw new BadRequestException("This is a demo installation: it accepts only synthetic identity codes, whose individual number is 900-999.");
        }
        String first = required(in.firstName(), "firstName", 100);
        String last = required(in.lastName(), "lastName", 100);
        String municipality = required(in.municipalityCode(), "municipalityCode", 3);
        if (!MUNICIPALITY.matcher(municipality).matches()) {
            throw new BadRequestException("municipalityCode is the three-digit Statistics Finland code, e.g. 285 for Kotka; '" + municipality + "' is not.");
        }
        String language = required(in.language(), "language", 5);
        if (!LANGUAGES.contains(language)) {
            throw new BadRequestException("language must be fi, sv or other; '" + language + "' is not.");
        }
        PolkuUser user = (PolkuUser) security.getUserPrincipal();
        try {
            Customer c = store.register(code, first, last, municipality, language, user.username());
            return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(CustomerView.of(c)).build();
        } catch (CustomerStore.DuplicateCustomerException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of(
                    "status", 409, "error", "Conflict",
                    "message", "This person is already registered as a customer.",
                    "existing", uri.getAbsolutePathBuilder().path(e.existing().toString()).build().toString())).build();
        }
    }

    @GET
    @Path("{id}")
    public CustomerView get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No customer " + id + ": a customer id looks like 3f2b8c1e-...");
        }
        return store.find(uuid).map(CustomerView::of).orElseThrow(() -> new NotFoundException("No customer " + id));
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field + " is required.");
        }
        String v = value.trim();
        if (v.length() > maxLength) {
            throw new BadRequestException(field + " is at most " + maxLength + " characters long.");
        }
        return v;
    }
}
