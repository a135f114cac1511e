package fi.polku.training.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.api.time.FinnishCalendar;
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
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/training}: the courses (unit leads add them), the joint-purchase appropriation,
 * the funding report and the rules in force with their sources.
 */
@Component(service = CoursesResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/training")
@Produces(MediaType.APPLICATION_JSON)
public final class CoursesResource {
    public record CourseView(UUID id, String name, String kind, String jointKind, String provider, boolean hasProviderAccount, String language,
            String place, int seats, int seatsTaken, int seatsLeft, LocalDate applicationsOpen, LocalDate applicationsClose,
            boolean openForApplications, LocalDate startsOn, LocalDate endsOn, Long priceCents, Long employerShareCents,
            String employerBusinessId) {
        static CourseView of(Course c) {
            return new CourseView(c.id(), c.name(), c.kind(), c.jointKind(), c.provider(), c.providerAccount() != null, c.language(), c.place(),
                    c.seats(), c.seatsTaken(), c.seats() - c.seatsTaken(), c.applicationsOpen(), c.applicationsClose(),
                    c.openForApplications(FinnishCalendar.today()), c.startsOn(), c.endsOn(), c.priceCents(), c.employerShareCents(),
                    c.employerBusinessId());
        }
    }

    public record Amount(Long amountCents) {}

    /** {@code acts}: the numbers of the acts the source names, as the console shows them; {@code source} in full, for the IT admin. */
    public record ParameterView(String key, Object value, String acts, String source, boolean verified) {
        static ParameterView of(RuleSet.Param<?> p) {
            return new ParameterView(p.key(), p.value(), p.cite().acts(), p.source(), p.verified());
        }
    }

    public record RuleSetView(LocalDate effectiveFrom, List<ParameterView> parameters) {}

    private final Courses courses;
    private final Applications applications;
    private final TrainingRules rules;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public CoursesResource(@Reference Courses courses, @Reference Applications applications, @Reference TrainingRules rules,
            @Reference AuditLog audit, @Reference Messages messages) {
        this.courses = courses;
        this.applications = applications;
        this.rules = rules;
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Path("courses")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<CourseView> list(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return courses.all().stream().map(CourseView::of).toList();
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.UNIT_LEAD)
    public Response add(CourseInput in, @Context SecurityContext s) {
        PolkuUser lead = Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
        if (in == null) {
            throw Problem.invalid().field("name", messages.texts("course.name")).build();
        }
        Course c = courses.add(in, lead.username());
        audit.record(lead, null, "training.course-add", "course " + c.id() + " kind=" + c.kind()
                + (c.appropriationYear() == null ? "" : " areaShareCents=" + c.areaShareCents()));
        return Response.status(Response.Status.CREATED).entity(CourseView.of(c)).build();
    }

    @GET
    @Path("appropriations")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<Courses.Appropriation> appropriations(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return courses.appropriations();
    }

    @PUT
    @Path("appropriations/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.UNIT_LEAD)
    public Courses.Appropriation setAppropriation(@PathParam("year") String year, Amount in, @Context SecurityContext s) {
        PolkuUser lead = Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
        int y = year(year);
        if (in == null || in.amountCents() == null || in.amountCents() < 0 || in.amountCents() > 1_000_000_000_00L) {
            throw Problem.invalid().field("amountCents", messages.texts("appropriation.amount")).build();
        }
        Courses.Appropriation a = courses.setAppropriation(y, in.amountCents(), lead.username());
        audit.record(lead, null, "training.appropriation-set", "year=" + y + " amountCents=" + in.amountCents());
        return a;
    }

    /** Applications and selections by course kind and funding source (refugee background for integration training). */
    @GET
    @Path("report/funding")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<Map<String, Object>> funding(@QueryParam("year") String year, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return applications.fundingReport(year == null ? FinnishCalendar.today().getYear() : year(year));
    }

    /** The rule sets and each parameter's legal source, and whether it was verified. */
    @GET
    @Path("rules")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<RuleSetView> rules(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return rules.all().stream().map(r -> new RuleSetView(r.effectiveFrom(), List.of(ParameterView.of(r.degreeAimRefused()),
                ParameterView.of(r.minAge()), ParameterView.of(r.minEmploymentYears()), ParameterView.of(r.registrationDays()),
                ParameterView.of(r.grounds())))).toList();
    }

    private int year(String value) {
        try {
            int y = Integer.parseInt(value == null ? "" : value.trim());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Problem.invalid().field("year", messages.texts("year")).build();
    }
}
