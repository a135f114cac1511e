package fi.polku.cases.internal.appointment;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.api.time.FinnishCalendar;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/appointments}: book, move and cancel meetings; calendars; free times before a deadline. */
@Component(service = AppointmentResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class AppointmentResource {
    private final Appointments appointments;
    private final Messages messages;

    @Activate
    public AppointmentResource(@Reference Appointments appointments, @Reference Messages messages) {
        this.appointments = appointments;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(Appointments.NewAppointment in, @Context SecurityContext s) {
        Appointments.View v = appointments.book(body(in), staff(s));
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    /** A calendar: {@code worker}, {@code servicePoint} (and {@code room}) or {@code customer}; {@code from} and {@code to} days (this week by default). */
    @GET
    public List<Appointments.View> calendar(@QueryParam("worker") String worker, @QueryParam("servicePoint") String servicePoint,
            @QueryParam("room") String room, @QueryParam("customer") String customer, @QueryParam("from") String from,
            @QueryParam("to") String to, @Context SecurityContext s) {
        if (blank(worker) && blank(servicePoint) && blank(customer)) {
            throw Problem.invalid().field("worker", messages.texts("appointment.whose")).build();
        }
        LocalDate first = blank(from) ? FinnishCalendar.today().with(java.time.DayOfWeek.MONDAY) : day("from", from);
        LocalDate last = blank(to) ? first.plusDays(6) : day("to", to);
        if (last.isBefore(first) || last.isAfter(first.plusDays(366))) {
            throw Problem.invalid().field("to", messages.texts("appointment.range")).build();
        }
        return appointments.calendar(trim(worker), trim(servicePoint), trim(room), blank(customer) ? null : id(customer, "customer"), first, last,
                staff(s));
    }

    @GET
    @Path("free-times")
    public List<Appointments.Slot> freeTimes(@QueryParam("worker") String worker, @QueryParam("customer") String customer,
            @QueryParam("channel") @DefaultValue("in-person") String channel, @QueryParam("servicePoint") String servicePoint,
            @QueryParam("minutes") Integer minutes, @QueryParam("task") String task, @QueryParam("until") String until,
            @QueryParam("limit") @DefaultValue("40") int limit, @Context SecurityContext s) {
        staff(s);
        return appointments.freeTimes(worker, blank(customer) ? null : id(customer, "customer"), channel, servicePoint, minutes,
                blank(task) ? null : id(task, "task"), until, Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("{id}")
    public Appointments.View get(@PathParam("id") String id, @Context SecurityContext s) {
        return appointments.get(appointment(id), staff(s));
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointments.View move(@PathParam("id") String id, Appointments.Move in, @Context SecurityContext s) {
        return appointments.move(appointment(id), body(in), staff(s));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointments.View cancel(@PathParam("id") String id, Appointments.Cancel in, @Context SecurityContext s) {
        return appointments.cancel(appointment(id), body(in), staff(s));
    }

    private <T> T body(T in) {
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("placement.no-body"));
        }
        return in;
    }

    private UUID appointment(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-appointment", messages.texts("appointment.none"));
        }
    }

    private UUID id(String value, String field) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field(field, messages.texts("input.id")).build();
        }
    }

    private LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problem.invalid().field(field, messages.texts("input.date")).build();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }
}
