package fi.polku.employer.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.placement.Candidate;
import fi.polku.api.placement.JobOfferView;
import fi.polku.api.placement.Placement;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
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
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/vacancies}: vacancies, their candidates from the core's matching (ranked, with
 * the reasons), the job offers made for them, and the job seekers presented to the employer.
 */
@Component(service = VacanciesResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class VacanciesResource {
    public record NewPresentation(String customerId) {}

    private final Vacancies vacancies;
    private final Presentations presentations;
    private final Placement placement;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public VacanciesResource(@Reference Vacancies vacancies, @Reference Presentations presentations, @Reference Placement placement,
            @Reference AuditLog audit, @Reference Messages messages) {
        this.vacancies = vacancies;
        this.presentations = presentations;
        this.placement = placement;
        this.audit = audit;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Vacancies.NewVacancy in, @Context SecurityContext s) {
        PolkuUser user = EmployersResource.staff(s);
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("input.no-body"));
        }
        Vacancies.VacancyView v = vacancies.create(in, user);
        audit.record(user, null, "vacancy.created", "vacancy " + v.id() + " " + v.state());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    @GET
    @Path("{id}")
    public Vacancies.VacancyView get(@PathParam("id") String id, @Context SecurityContext s) {
        EmployersResource.staff(s);
        return found(id);
    }

    @POST
    @Path("{id}/publish")
    public Vacancies.VacancyView publish(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = EmployersResource.staff(s);
        Vacancies.VacancyView v = vacancies.move(found(id).id(), "published");
        audit.record(user, null, "vacancy.published", "vacancy " + v.id());
        return v;
    }

    @POST
    @Path("{id}/close")
    public Vacancies.VacancyView close(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = EmployersResource.staff(s);
        Vacancies.VacancyView v = vacancies.move(found(id).id(), "closed");
        audit.record(user, null, "vacancy.closed", "vacancy " + v.id());
        return v;
    }

    /** The job seekers who match the vacancy best (at most {@code limit}, 1 to 200), each with the reasons; each shown person's trail records it. */
    @GET
    @Path("{id}/candidates")
    public List<Candidate> candidates(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("50") String limit,
            @Context SecurityContext s) {
        PolkuUser user = EmployersResource.staff(s);
        int n;
        try {
            n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > Placement.MAX_CANDIDATES) {
            FieldCheck check = new FieldCheck(messages);
            check.fail("limit", "vacancy.limit", Placement.MAX_CANDIDATES);
            check.done();
        }
        Vacancies.VacancyView v = found(id);
        return placement.candidates(v.criteria(), n, user, "candidates for vacancy " + v.id());
    }

    @GET
    @Path("{id}/job-offers")
    public List<JobOfferView> offers(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = EmployersResource.staff(s);
        return placement.offersFor(found(id).id(), user);
    }

    @GET
    @Path("{id}/presentations")
    public List<Presentations.PresentationView> presentations(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = EmployersResource.staff(s);
        List<Presentations.PresentationView> found = presentations.forVacancy(found(id).id());
        audit.record(user, null, "vacancy.presentations-read", "vacancy " + id);
        return found;
    }

    /** Presents a job seeker to the employer: only with the job seeker's consent to be presented (409 otherwise). */
    @POST
    @Path("{id}/presentations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response present(@PathParam("id") String id, NewPresentation in, @Context SecurityContext s) {
        PolkuUser user = EmployersResource.staff(s);
        FieldCheck check = new FieldCheck(messages);
        UUID customer = check.id("customerId", in == null ? null : in.customerId());
        check.done();
        Presentations.PresentationView p = presentations.present(found(id).id(), customer, user);
        return Response.status(Response.Status.CREATED).entity(p).build();
    }

    private Vacancies.VacancyView found(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id == null ? "" : id.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-vacancy", messages.texts("vacancy.none"));
        }
        return vacancies.get(uuid).orElseThrow(() -> Problem.of(404, "no-vacancy", messages.texts("vacancy.none")));
    }
}
