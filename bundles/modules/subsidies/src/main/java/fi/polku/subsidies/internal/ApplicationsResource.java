package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.i18n.Texts;
import fi.polku.api.rest.Problem;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.audit.AuditLog;
import fi.polku.api.customer.CustomerDirectory;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/subsidies/applications}: caseworkers enter applications, the pending queue puts
 * companies and apprenticeships first, and a unit lead decides. Every access concerns a customer
 * and is recorded in the audit log, with ids and amounts only.
 */
@Component(service = ApplicationsResource.class)
@JakartarsResource
// Served only while the authentication filter, the role checks and the module's error mapper are in place.
@SecuredResource
@Path("v1/subsidies/applications")
@Produces(MediaType.APPLICATION_JSON)
public final class ApplicationsResource {
    private static final Set<String> STATUSES = Set.of("pending", "granted", "partly", "refused");

    private final SubsidyStore store;
    private final SubsidyRules rules;
    private final AuditLog audit;
    private final CustomerDirectory customers;
    private final Messages messages;

    @Activate
    public ApplicationsResource(@Reference SubsidyStore store, @Reference SubsidyRules rules, @Reference AuditLog audit,
            @Reference CustomerDirectory customers, @Reference Messages messages) {
        this.messages = messages;
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.customers = customers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response create(ApplicationInput in, @Context SecurityContext s, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PolkuUser caller = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (in == null) {
            throw Problem.of(400, "invalid-input", messages.texts("input.body"));
        }
        Application candidate = in.toApplication(rules, caller.username(), Instant.now(), messages);
        // Money may be committed to it later: it must concern a real customer.
        if (!customers.isRegistered(candidate.customerId(), caller, "subsidy application")) {
            throw Problem.invalid().field("customerId", messages.texts("input.customer-not-registered")).build();
        }
        Application a = store.add(candidate);
        audit.record(caller, a.customerId(), "subsidy.application-create", "application=" + a.id() + " kind=" + a.kind().id());
        return Response.status(Response.Status.CREATED).entity(view(a, Texts.fromAcceptLanguage(accept))).build();
    }

    /**
     * {@code ?status=pending} is the queue: companies and apprenticeships first, then oldest first;
     * {@code ?customer=} one customer's applications (the training module shows the customer's
     * cost compensation beside the course).
     */
    @GET
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public fi.polku.api.rest.ListPage<Views.ApplicationView> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("customer") String customer, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext s,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PolkuUser caller = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        UUID customerId = null;
        if (customer != null) {
            try {
                customerId = UUID.fromString(customer.trim());
            } catch (IllegalArgumentException e) {
                throw Problem.invalid().field("customer", messages.texts("input.customer-not-registered")).build();
            }
        }
        if (status != null && !STATUSES.contains(status)) {
            throw Problem.invalid().field("status", messages.texts("input.status")).build();
        }
        SubsidyKind k = kind == null ? null : SubsidyKind.of(kind)
                .orElseThrow(() -> Problem.invalid().field("kind", SubsidyKind.names().texts(messages)).build());
        fi.polku.api.rest.FieldCheck check = new fi.polku.api.rest.FieldCheck(messages);
        fi.polku.api.rest.ListPage.Request page = check.page(offset, limit, 100, 500);
        check.done();
        fi.polku.api.rest.ListPage<Application> found = store.applications(status, k, customerId, page);
        // Each listed application shows a customer's data: each is an access of its own.
        found.items().forEach(a -> audit.record(caller, a.customerId(), "subsidy.application-list", "application=" + a.id()));
        String language = Texts.fromAcceptLanguage(accept);
        return page.answer(found.total(), found.items().stream().map(a -> view(a, language)).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Views.ApplicationView get(@PathParam("id") String id, @Context SecurityContext s,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PolkuUser caller = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        Application a = store.application(uuid(id)).orElseThrow(() -> Problem.of(404, "no-application", messages.texts("no-application")));
        audit.record(caller, a.customerId(), "subsidy.application-read", "application=" + a.id());
        return view(a, Texts.fromAcceptLanguage(accept));
    }

    /** The unit lead's decision; money is committed from the appropriation in the same transaction. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.UNIT_LEAD)
    public Response decide(@PathParam("id") String id, DecisionRequest in, @Context SecurityContext s) {
        PolkuUser lead = Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
        UUID applicationId = uuid(id);
        if (in == null) {
            throw Problem.of(400, "invalid-input", messages.texts("input.decision-body"));
        }
        Decision d = store.decide(applicationId, in.checked(messages), lead.username());
        Application a = store.application(applicationId).orElseThrow();
        audit.record(lead, a.customerId(), "subsidy.decision", "application=" + a.id() + " decision=" + d.id() + " outcome=" + d.outcome()
                + " grantedCents=" + d.grantedCents());
        return Response.status(Response.Status.CREATED).entity(Views.DecisionView.of(d)).build();
    }

    /** The application; its rule check in the reader's language. */
    private Views.ApplicationView view(Application a, String language) {
        List<String> check = "pending".equals(a.status())
                ? rules.refusals(a.facts()).stream().map(r -> Texts.in(r.texts(messages), language)).toList() : List.of();
        return Views.ApplicationView.of(a, check, "pending".equals(a.status()) ? null : store.decisionOn(a.id()).orElse(null));
    }

    private UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-application", messages.texts("no-application"));
        }
    }
}
