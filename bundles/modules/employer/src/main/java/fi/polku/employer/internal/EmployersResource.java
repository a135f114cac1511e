package fi.polku.employer.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
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
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/employers}: employer customers, their contact people and the log of the services given to them. */
@Component(service = EmployersResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/employers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class EmployersResource {
    private final Employers employers;
    private final Vacancies vacancies;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public EmployersResource(@Reference Employers employers, @Reference Vacancies vacancies, @Reference AuditLog audit, @Reference Messages messages) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.audit = audit;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Employers.NewEmployer in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        Employers.EmployerRow e = employers.create(body(in), user);
        audit.record(user, null, "employer.created", "employer " + e.id());
        return Response.status(Response.Status.CREATED).entity(e).build();
    }

    /** Employers whose name begins with {@code q}, or with the business ID {@code q}; at most 100. */
    /** Employers by the beginning of the name or by business ID, one page with the total ({@code offset}, {@code limit}). */
    @GET
    public fi.polku.api.rest.ListPage<Employers.EmployerRow> search(@QueryParam("q") String q, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext s) {
        staff(s);
        fi.polku.api.rest.FieldCheck check = new fi.polku.api.rest.FieldCheck(messages);
        fi.polku.api.rest.ListPage.Request page = check.page(offset, limit, 50, 500);
        check.done();
        return employers.search(q, page);
    }

    @GET
    @Path("{id}")
    public Employers.EmployerView get(@PathParam("id") String id, @Context SecurityContext s) {
        staff(s);
        return employers.get(uuid(id)).orElseThrow(() -> Problem.of(404, "no-employer", messages.texts("employer.none")));
    }

    @GET
    @Path("{id}/vacancies")
    public List<Vacancies.VacancyView> vacancies(@PathParam("id") String id, @Context SecurityContext s) {
        staff(s);
        return vacancies.forEmployer(uuid(id));
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(@PathParam("id") String id, Employers.NewContact in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        Employers.ContactView c = employers.addContact(uuid(id), body(in));
        audit.record(user, null, "employer.contact-added", "employer " + id);
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response event(@PathParam("id") String id, Employers.NewEvent in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        Employers.EventView e = employers.addEvent(uuid(id), body(in), user);
        audit.record(user, null, "employer.event", "employer " + id + " " + e.kind() + " " + e.topic());
        return Response.status(Response.Status.CREATED).entity(e).build();
    }

    static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }

    private <T> T body(T in) {
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("input.no-body"));
        }
        return in;
    }

    private UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-employer", messages.texts("employer.none"));
        }
    }
}
