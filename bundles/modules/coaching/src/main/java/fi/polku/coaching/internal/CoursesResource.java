package fi.polku.coaching.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import fi.polku.api.audit.AuditLog;
import fi.polku.api.security.PolkuUser;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/coaching/courses}: the courses for caseworkers; unit leads add new ones. */
@Component(service = CoursesResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/coaching/courses")
@Produces(MediaType.APPLICATION_JSON)
public final class CoursesResource {
    private static final Set<String> KINDS = Set.of("job-search", "career", "work");
    private static final Set<String> DELIVERY = Set.of("online", "in-person");

    public record CourseView(UUID id, String name, String kind, String delivery, String productionMode, String provider, int capacity,
            int seatsTaken, int seatsLeft, LocalDate startsOn) {
        static CourseView of(Course c) {
            return new CourseView(c.id(), c.name(), c.kind(), c.delivery(), c.productionMode(), c.provider(), c.capacity(), c.seatsTaken(),
                    c.capacity() - c.seatsTaken(), c.startsOn());
        }
    }

    public record NewEnrolment(String referralId) {}

    public record NewCourse(String name, String kind, String delivery, String productionMode, String provider, Integer capacity, String startsOn) {}

    private final CourseStore store;
    private final Enrolments enrolments;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public CoursesResource(@Reference CourseStore store, @Reference Enrolments enrolments, @Reference AuditLog audit,
            @Reference Messages messages) {
        this.store = store;
        this.messages = messages;
        this.enrolments = enrolments;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<CourseView> list(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        return store.courses().stream().map(CourseView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.UNIT_LEAD)
    public Response add(NewCourse in, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
        if (in == null) {
            throw Problem.invalid().field("name", messages.texts("course.name")).build();
        }
        Problem.Builder refused = Problem.invalid();
        if (in.name() == null || in.name().isBlank() || in.name().length() > 200) {
            refused.field("name", messages.texts("course.name"));
        }
        if (in.kind() == null || !KINDS.contains(in.kind())) { // Set.of refuses to look up null
            refused.field("kind", messages.texts("course.kind"));
        }
        if (in.delivery() == null || !DELIVERY.contains(in.delivery())) {
            refused.field("delivery", messages.texts("course.delivery"));
        }
        ProductionMode mode = null;
        try {
            mode = ProductionMode.valueOf(in.productionMode());
        } catch (IllegalArgumentException | NullPointerException e) {
            refused.field("productionMode", messages.texts("course.production-mode"));
        }
        if (in.provider() == null || in.provider().isBlank() || in.provider().length() > 200) {
            refused.field("provider", messages.texts("course.provider"));
        }
        if (in.capacity() == null || in.capacity() < 1 || in.capacity() > 1000) {
            refused.field("capacity", messages.texts("course.capacity"));
        }
        LocalDate starts = null;
        try {
            starts = LocalDate.parse(in.startsOn());
        } catch (DateTimeParseException | NullPointerException e) {
            refused.field("startsOn", messages.texts("course.starts-on"));
        }
        if (refused.hasFields()) {
            throw refused.build();
        }
        Course c = store.add(new Course(in.name().trim(), in.kind(), in.delivery(), mode.name(), in.provider().trim(), in.capacity(), starts));
        return Response.status(Response.Status.CREATED).entity(CourseView.of(c)).build();
    }

    /** {@code POST {id}/enrolments {"referralId"}}: a place on the course for a person referred to coaching. */
    @POST
    @Path("{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public Response enrol(@PathParam("id") String courseId, NewEnrolment in, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        UUID course = uuid(courseId, "id");
        UUID referral = uuid(in == null ? null : in.referralId(), "referralId");
        Enrolments.Enrolment e = enrolments.enrol(course, referral, user.username());
        audit.record(user, null, "coaching.enrol", "referral " + referral + " on course " + course);
        return Response.status(Response.Status.CREATED).entity(e).build();
    }

    /** {@code GET enrolments?referral=...}: the places taken by the referrals named (a customer's coaching referrals). */
    @GET
    @Path("enrolments")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<Enrolments.Enrolment> enrolments(@QueryParam("referral") List<String> referrals, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (referrals.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("too-many-referrals")).build();
        }
        return enrolments.of(referrals.stream().map(r -> uuid(r, "referral")).toList());
    }

    /** {@code GET referrals?referral=...}: what this module has been told of the referrals named, and when a new one has arrived. */
    @GET
    @Path("referrals")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<Enrolments.KnownReferral> known(@QueryParam("referral") List<String> referrals, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        if (referrals.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("too-many-referrals")).build();
        }
        return enrolments.known(referrals.stream().map(r -> uuid(r, "referral")).toList());
    }

    private UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field(field, messages.texts("not-an-id")).build();
        }
    }
}
