package fi.polku.cases.internal.appointment;

import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.StaffDirectory;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import fi.polku.cases.internal.organisation.ConfiguredServicePoint;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The calendars: meetings booked with a customer, per worker, per room of a service point and per
 * customer. A meeting in person is within the service point's opening hours, in a free room; a
 * phone or video meeting within the area's hours for them. The municipal premises (kind
 * {@code remote}) meet only multisectoral customers and those assessed to be in a weaker
 * labour-market position. A meeting booked from a task is due by the task's statutory deadline;
 * a later one needs its reason. Nobody is booked twice at once: a booking or a move takes the
 * advisory locks of its worker, room and customer (always in that order) before it looks for an
 * overlap, so concurrent requests for one slot meet one after another and all but one get 409.
 */
@Component(service = Appointments.class, configurationPid = "fi.polku.appointments")
@Designate(ocd = Appointments.Config.class)
public final class Appointments {

    @ObjectClassDefinition(name = "Polku appointments", description = "Slots, lengths and the hours of phone and video meetings")
    public @interface Config {
        @AttributeDefinition(description = "The grid of the free times offered, in minutes")
        int slotMinutes() default 30;

        int minMinutes() default 15;

        int maxMinutes() default 240;

        @AttributeDefinition(description = "How far ahead a meeting may be booked, in days")
        int bookAheadDays() default 180;

        @AttributeDefinition(description = "When phone and video meetings are held, as service points' opening hours are written")
        String[] remoteHours() default {"mon-fri 08:00-16:00"};

        @AttributeDefinition(description = "Units whose customers may be met at the municipal premises (besides those in a weaker labour-market position)")
        String[] premisesUnits() default {"multisectoral"};
    }

    public static final List<String> CHANNELS = List.of("in-person", "phone", "video");
    public static final List<String> PURPOSES = List.of("initial-interview", "initial-assessment", "supplementary-interview",
            "job-search-interview", "guidance", "other");
    private static final String S = CaseDatabase.SCHEMA;
    private static final String VIEW = "SELECT a.id, a.customer_id, c.first_name, c.last_name, a.task_id, a.worker, a.channel, a.service_point, a.room, "
            + "a.purpose, a.starts_at, a.ends_at, a.state, a.late_reason, a.booked_at, a.booked_by, "
            + "(SELECT x.reason FROM " + S + ".appointment_change x WHERE x.appointment_id = a.id ORDER BY x.id DESC LIMIT 1), "
            + "(SELECT count(*) FROM " + S + ".appointment_change x WHERE x.appointment_id = a.id AND x.kind = 'moved'), t.due "
            + "FROM " + S + ".appointment a JOIN " + S + ".customer c ON c.id = a.customer_id LEFT JOIN " + S + ".task t ON t.id = a.task_id ";

    public record NewAppointment(String customerId, String worker, String start, Integer minutes, String channel, String servicePoint,
            String room, String purpose, String taskId, String lateReason) {}

    public record Move(String start, Integer minutes, String room, String reason, String lateReason) {}

    public record Cancel(String reason) {}

    /**
     * A meeting as staff see it. {@code lastReason}: why it was last moved or cancelled;
     * {@code due}: the deadline of the task it was booked for.
     */
    public record View(UUID id, UUID customerId, String customerName, UUID taskId, String worker, String workerName, String channel,
            String servicePoint, String room, String purpose, OffsetDateTime start, OffsetDateTime end, String state, String lateReason,
            Instant bookedAt, String bookedBy, String lastReason, int moves, LocalDate due) {}

    /** A free time offered, with the room it would take (none for phone and video). */
    public record Slot(OffsetDateTime start, OffsetDateTime end, String room) {}

    private final PersistenceUnit unit;
    private final Messages messages;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final List<ConfiguredServicePoint> points = new CopyOnWriteArrayList<>();
    private volatile Config config;
    private volatile OpeningHours remoteHours;

    @Activate
    public Appointments(@Reference CaseDatabase database, @Reference Messages messages, @Reference Organisation organisation,
            @Reference StaffDirectory staff, Config config) {
        this.unit = database.unit();
        this.messages = messages;
        this.organisation = organisation;
        this.staff = staff;
        modified(config);
    }

    @Modified
    void modified(Config c) {
        this.remoteHours = OpeningHours.parse(c.remoteHours(), new String[0]);
        this.config = c;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addServicePoint(ConfiguredServicePoint p) {
        points.add(p);
    }

    void removeServicePoint(ConfiguredServicePoint p) {
        points.remove(p);
    }

    /** Books a meeting; the problem says which field is wrong, or (409) who or what is taken then, or why the place refuses. */
    View book(NewAppointment in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        UUID customerId = check.id("customerId", in.customerId());
        String worker = worker(check, in.worker());
        String channel = check.oneOf("channel", in.channel(), CHANNELS);
        UUID taskId = in.taskId() == null || in.taskId().isBlank() ? null : check.id("taskId", in.taskId());
        String purpose = taskId != null && (in.purpose() == null || in.purpose().isBlank()) ? null : check.oneOf("purpose", in.purpose(), PURPOSES);
        String lateReason = check.text("lateReason", in.lateReason(), 1000, false);
        Times times = times(check, in.start(), in.minutes());
        ConfiguredServicePoint point = place(check, channel, in.servicePoint(), times);
        check.done();
        return unit.inTransaction(em -> {
            customer(em, customerId);
            Object[] task = taskId == null ? null : task(em, taskId, customerId);
            String meetingPurpose = purpose != null ? purpose : stepPurpose((String) task[0]);
            lateness(task, times, lateReason);
            mayMeetThere(em, point, customerId);
            lock(em, worker, point, customerId);
            String room = room(em, point, in.room(), times, null);
            free(em, worker, customerId, times, null);
            UUID id = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO " + S + ".appointment (id, customer_id, task_id, worker, channel, service_point, room, purpose, "
                    + "starts_at, ends_at, late_reason, booked_at, booked_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                    .setParameter(1, id).setParameter(2, customerId).setParameter(3, taskId).setParameter(4, worker).setParameter(5, channel)
                    .setParameter(6, point == null ? null : point.servicePoint().id()).setParameter(7, room).setParameter(8, meetingPurpose)
                    .setParameter(9, Timestamp.from(times.start)).setParameter(10, Timestamp.from(times.end))
                    .setParameter(11, lateReason).setParameter(12, Timestamp.from(Instant.now())).setParameter(13, by.username()).executeUpdate();
            AuditTrail.record(em, by, customerId, "appointment.book", meetingPurpose + " " + times.start);
            return one(em, id);
        });
    }

    /** Moves a booked meeting to another time (and room), keeping the old time and the reason. */
    View move(UUID id, Move in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String reason = check.text("reason", in.reason(), 1000, true);
        String lateReason = check.text("lateReason", in.lateReason(), 1000, false);
        check.done();
        return unit.inTransaction(em -> {
            View old = booked(em, id);
            FieldCheck again = new FieldCheck(messages);
            int minutes = in.minutes() == null ? (int) ChronoUnit.MINUTES.between(old.start(), old.end()) : in.minutes();
            Times times = times(again, in.start(), minutes);
            ConfiguredServicePoint point = place(again, old.channel(), old.servicePoint(), times);
            again.done();
            Object[] task = old.taskId() == null ? null : new Object[] {old.purpose(), old.due(), "open"};
            lateness(task, times, lateReason != null ? lateReason : old.lateReason());
            lock(em, old.worker(), point, old.customerId());
            String room = room(em, point, in.room() == null || in.room().isBlank() ? old.room() : in.room(), times, id);
            free(em, old.worker(), old.customerId(), times, id);
            em.createNativeQuery("INSERT INTO " + S + ".appointment_change (appointment_id, kind, reason, old_start, old_end, changed_at, changed_by) "
                    + "VALUES (?1, 'moved', ?2, ?3, ?4, ?5, ?6)").setParameter(1, id).setParameter(2, reason)
                    .setParameter(3, Timestamp.from(old.start().toInstant())).setParameter(4, Timestamp.from(old.end().toInstant()))
                    .setParameter(5, Timestamp.from(Instant.now())).setParameter(6, by.username()).executeUpdate();
            em.createNativeQuery("UPDATE " + S + ".appointment SET starts_at = ?2, ends_at = ?3, room = ?4, late_reason = ?5, version = version + 1 "
                    + "WHERE id = ?1").setParameter(1, id).setParameter(2, Timestamp.from(times.start)).setParameter(3, Timestamp.from(times.end))
                    .setParameter(4, room).setParameter(5, lateReason != null ? lateReason : old.lateReason()).executeUpdate();
            AuditTrail.record(em, by, old.customerId(), "appointment.move", old.start() + " -> " + times.start);
            return one(em, id);
        });
    }

    /** Cancels a booked meeting with its reason; the row stays, the time is free again. */
    View cancel(UUID id, Cancel in, PolkuUser by) {
        FieldCheck check = new FieldCheck(messages);
        String reason = check.text("reason", in.reason(), 1000, true);
        check.done();
        return unit.inTransaction(em -> {
            View old = booked(em, id);
            em.createNativeQuery("INSERT INTO " + S + ".appointment_change (appointment_id, kind, reason, changed_at, changed_by) "
                    + "VALUES (?1, 'cancelled', ?2, ?3, ?4)").setParameter(1, id).setParameter(2, reason)
                    .setParameter(3, Timestamp.from(Instant.now())).setParameter(4, by.username()).executeUpdate();
            em.createNativeQuery("UPDATE " + S + ".appointment SET state = 'cancelled', version = version + 1 WHERE id = ?1")
                    .setParameter(1, id).executeUpdate();
            AuditTrail.record(em, by, old.customerId(), "appointment.cancel", reason.length() > 60 ? reason.substring(0, 60) : reason);
            return one(em, id);
        });
    }

    /** One meeting, read (audited). */
    View get(UUID id, PolkuUser by) {
        return unit.inTransaction(em -> {
            View v = find(em, id).orElseThrow(() -> Problem.of(404, "no-appointment", messages.texts("appointment.none")));
            AuditTrail.record(em, by, v.customerId(), "appointment.read", "");
            return v;
        });
    }

    /**
     * A calendar: the meetings of a worker, of a service point (or one room of it), or of a customer,
     * from {@code from} to {@code to} (days, inclusive), cancelled ones too; each customer shown is audited.
     */
    List<View> calendar(String worker, String servicePoint, String room, UUID customerId, LocalDate from, LocalDate to, PolkuUser by) {
        StringBuilder where = new StringBuilder("WHERE a.starts_at >= ?1 AND a.starts_at < ?2");
        List<Object> args = new ArrayList<>();
        if (worker != null) {
            args.add(worker);
            where.append(" AND a.worker = ?").append(args.size() + 2);
        }
        if (servicePoint != null) {
            args.add(servicePoint);
            where.append(" AND a.service_point = ?").append(args.size() + 2);
        }
        if (room != null) {
            args.add(room);
            where.append(" AND a.room = ?").append(args.size() + 2);
        }
        if (customerId != null) {
            args.add(customerId);
            where.append(" AND a.customer_id = ?").append(args.size() + 2);
        }
        return unit.inTransaction(em -> {
            var q = em.createNativeQuery(VIEW + where + " ORDER BY a.starts_at LIMIT 2000")
                    .setParameter(1, Timestamp.from(startOf(from))).setParameter(2, Timestamp.from(startOf(to.plusDays(1))));
            for (int i = 0; i < args.size(); i++) {
                q.setParameter(i + 3, args.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = q.getResultList();
            List<View> views = rows.stream().map(this::view).toList();
            AuditTrail.recordShown(em, by, views.stream().map(View::customerId).distinct().toList(), "appointment.calendar",
                    worker != null ? "worker" : servicePoint != null ? "service point" : "customer");
            return views;
        });
    }

    /**
     * Free times of a worker for a customer, from now until {@code until} (a task's deadline when booked
     * from a task), at most {@code limit}: within the hours of the channel and place, a room free.
     */
    List<Slot> freeTimes(String workerName, UUID customerId, String channelName, String servicePoint, Integer minutes, UUID taskId,
            String untilText, int limit) {
        FieldCheck check = new FieldCheck(messages);
        String worker = worker(check, workerName);
        String channel = check.oneOf("channel", channelName, CHANNELS);
        int length = minutes == null ? 60 : minutes;
        if (length < config.minMinutes() || length > config.maxMinutes()) {
            check.fail("minutes", "appointment.minutes", config.minMinutes(), config.maxMinutes());
        }
        LocalDate until = untilText == null || untilText.isBlank() ? null : check.day("until", untilText);
        ConfiguredServicePoint point = "in-person".equals(channel) ? point(check, servicePoint) : null;
        check.done();
        return unit.inTransaction(em -> {
            if (customerId != null) {
                customer(em, customerId);
                mayMeetThere(em, point, customerId);
            }
            LocalDate today = FinnishCalendar.today();
            LocalDate last = until != null ? until : today.plusDays(14);
            if (taskId != null) {
                Object[] task = task(em, taskId, customerId);
                last = (LocalDate) task[1];
            }
            last = min(last, today.plusDays(config.bookAheadDays()));
            List<Instant[]> busy = busy(em, "worker = ?3", worker, today, last);
            if (customerId != null) {
                busy.addAll(busy(em, "customer_id = ?3", customerId, today, last));
            }
            Map<String, List<Instant[]>> roomsBusy = new java.util.HashMap<>();
            if (point != null) {
                for (String r : point.rooms()) {
                    roomsBusy.put(r, busy(em, "service_point = ?3 AND room = ?4", new Object[] {point.servicePoint().id(), r}, today, last));
                }
            }
            OpeningHours hours = point == null ? remoteHours : point.hours();
            Instant now = Instant.now();
            List<Slot> slots = new ArrayList<>();
            for (LocalDate day = today; !day.isAfter(last) && slots.size() < limit; day = day.plusDays(1)) {
                for (OpeningHours.Span span : hours.on(day)) {
                    for (LocalTime t = span.from(); !t.plusMinutes(length).isAfter(span.to()) && slots.size() < limit;
                            t = t.plusMinutes(config.slotMinutes())) {
                        Instant start = day.atTime(t).atZone(FinnishCalendar.ZONE).toInstant();
                        Instant end = start.plus(length, ChronoUnit.MINUTES);
                        if (!start.isAfter(now) || overlaps(busy, start, end)) {
                            continue;
                        }
                        String room = null;
                        if (point != null && !point.rooms().isEmpty()) {
                            room = point.rooms().stream().filter(r -> !overlaps(roomsBusy.get(r), start, end)).findFirst().orElse(null);
                            if (room == null) {
                                continue;
                            }
                        }
                        slots.add(new Slot(offset(start), offset(end), room));
                    }
                }
            }
            return slots;
        });
    }

    // ---- the checks ---------------------------------------------------------------------------

    private record Times(Instant start, Instant end, LocalDateTime local, LocalDateTime localEnd) {}

    private Times times(FieldCheck check, String start, Integer minutes) {
        OffsetDateTime at = null;
        try {
            at = OffsetDateTime.parse(start == null ? "" : start.trim());
        } catch (DateTimeParseException e) {
            check.fail("start", "appointment.start");
        }
        if (minutes == null || minutes < config.minMinutes() || minutes > config.maxMinutes()) {
            check.fail("minutes", "appointment.minutes", config.minMinutes(), config.maxMinutes());
        }
        if (at == null || !check.ok()) {
            return null;
        }
        Instant begin = at.toInstant();
        if (!begin.isAfter(Instant.now())) {
            check.fail("start", "appointment.past");
        } else if (begin.isAfter(Instant.now().plus(config.bookAheadDays(), ChronoUnit.DAYS))) {
            check.fail("start", "appointment.too-far", config.bookAheadDays());
        }
        Instant end = begin.plus(minutes, ChronoUnit.MINUTES);
        return new Times(begin, end, LocalDateTime.ofInstant(begin, FinnishCalendar.ZONE), LocalDateTime.ofInstant(end, FinnishCalendar.ZONE));
    }

    /** The service point of a meeting in person, open for the whole meeting; the area's hours for phone and video. */
    private ConfiguredServicePoint place(FieldCheck check, String channel, String servicePoint, Times times) {
        if (channel == null || times == null) {
            return null;
        }
        ConfiguredServicePoint point = null;
        OpeningHours hours = remoteHours;
        if (channel.equals("in-person")) {
            point = point(check, servicePoint);
            if (point == null) {
                return null;
            }
            hours = point.hours();
        } else if (servicePoint != null && !servicePoint.isBlank()) {
            check.fail("servicePoint", "appointment.no-place-remote");
            return null;
        }
        if (!times.local.toLocalDate().equals(times.localEnd.toLocalDate())
                || hours.holding(times.local.toLocalDate(), times.local.toLocalTime(), times.localEnd.toLocalTime()).isEmpty()) {
            List<OpeningHours.Span> open = hours.on(times.local.toLocalDate());
            check.fail("start", open.isEmpty() ? "appointment.closed" : "appointment.outside-hours", times.local.toLocalDate(),
                    String.join(", ", open.stream().map(s -> s.from() + "–" + s.to()).toList()));
        }
        return point;
    }

    private ConfiguredServicePoint point(FieldCheck check, String id) {
        if (id == null || id.isBlank()) {
            check.fail("servicePoint", "appointment.place-required");
            return null;
        }
        Optional<ConfiguredServicePoint> p = points.stream().filter(s -> s.servicePoint().id().equals(id.trim())).findFirst();
        if (p.isEmpty()) {
            check.fail("servicePoint", "appointment.no-place", String.join(", ", points.stream().map(s -> s.servicePoint().id()).sorted().toList()));
            return null;
        }
        return p.get();
    }

    private String worker(FieldCheck check, String username) {
        if (username == null || organisation.caseworker(username.trim()).isEmpty()) {
            check.fail("worker", "appointment.no-worker");
            return null;
        }
        return username.trim();
    }

    /** The premises meet only the customers the service plan names; the refusal says why. */
    private void mayMeetThere(EntityManager em, ConfiguredServicePoint point, UUID customerId) {
        if (point == null || !point.servicePoint().kind().equals("remote")) {
            return;
        }
        List<?> unit = em.createNativeQuery("SELECT u.unit FROM " + S + ".job_search_period p JOIN " + S + ".unit_assignment u ON u.period_id = p.id "
                + "WHERE p.customer_id = ?1 AND p.end_date IS NULL ORDER BY u.id DESC LIMIT 1").setParameter(1, customerId).getResultList();
        boolean premisesUnit = !unit.isEmpty() && List.of(config.premisesUnits()).contains(unit.get(0).toString());
        if (!premisesUnit && !Positions.weaker(em, customerId)) {
            throw Problem.builder(409, "premises-refused").detail(messages.texts("appointment.premises-refused",
                    point.servicePoint().names().get("fi"))).extension("servicePoint", point.servicePoint().id()).build();
        }
    }

    /** Open task of the customer: {step, due, state}. */
    private Object[] task(EntityManager em, UUID taskId, UUID customerId) {
        List<?> rows = em.createNativeQuery("SELECT step, due, state FROM " + S + ".task WHERE id = ?1 AND (?2 IS NULL OR customer_id = ?2)")
                .setParameter(1, taskId).setParameter(2, customerId).getResultList();
        if (rows.isEmpty()) {
            throw Problem.invalid().field("taskId", messages.texts("appointment.no-task")).build();
        }
        Object[] r = (Object[]) rows.get(0);
        if (!"open".equals(r[2])) {
            throw Problem.invalid().field("taskId", messages.texts("appointment.task-done")).build();
        }
        return new Object[] {r[0], Columns.day(r[1]), r[2]};
    }

    /** After the task's deadline only with a reason (a customer who cannot come sooner). */
    private void lateness(Object[] task, Times times, String lateReason) {
        if (task == null) {
            return;
        }
        LocalDate due = (LocalDate) task[1];
        if (times.local.toLocalDate().isAfter(due) && lateReason == null) {
            throw Problem.invalid().field("lateReason", messages.texts("appointment.after-deadline", due)).build();
        }
    }

    private static String stepPurpose(String step) {
        String family = step.replaceAll("-\\d+$", "");
        return PURPOSES.contains(family) ? family : "other";
    }

    /** Worker, room and customer in this order: two bookings never wait for each other in a circle. */
    private static void lock(EntityManager em, String worker, ConfiguredServicePoint point, UUID customerId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('appointment-worker:' || ?1))").setParameter(1, worker).getResultList();
        if (point != null) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('appointment-point:' || ?1))").setParameter(1, point.servicePoint().id())
                    .getResultList();
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('appointment-customer:' || ?1))").setParameter(1, customerId.toString())
                .getResultList();
    }

    private void free(EntityManager em, String worker, UUID customerId, Times times, UUID except) {
        if (overlapping(em, "worker = ?3", worker, times, except)) {
            throw Problem.builder(409, "worker-taken").detail(messages.texts("appointment.worker-taken", staff.fullName(worker).orElse(worker))).build();
        }
        if (overlapping(em, "customer_id = ?3", customerId, times, except)) {
            throw Problem.builder(409, "customer-taken").detail(messages.texts("appointment.customer-taken")).build();
        }
    }

    /** The room asked for if it is free, else the first free one; none at a point without rooms. */
    private String room(EntityManager em, ConfiguredServicePoint point, String asked, Times times, UUID except) {
        if (point == null || point.rooms().isEmpty()) {
            return null;
        }
        if (asked != null && !asked.isBlank()) {
            if (!point.rooms().contains(asked.trim())) {
                throw Problem.invalid().field("room", messages.texts("appointment.no-room", String.join(", ", point.rooms()))).build();
            }
            if (overlapping(em, "service_point = ?3 AND room = ?4", new Object[] {point.servicePoint().id(), asked.trim()}, times, except)) {
                throw Problem.builder(409, "room-taken").detail(messages.texts("appointment.room-taken", asked.trim())).build();
            }
            return asked.trim();
        }
        for (String r : point.rooms()) {
            if (!overlapping(em, "service_point = ?3 AND room = ?4", new Object[] {point.servicePoint().id(), r}, times, except)) {
                return r;
            }
        }
        throw Problem.builder(409, "rooms-taken").detail(messages.texts("appointment.rooms-taken")).build();
    }

    private static boolean overlapping(EntityManager em, String who, Object value, Times times, UUID except) {
        // Hibernate wants ordinal parameters in sequence: the meeting left out is ?3, who is asked for ?4 (and ?5).
        var q = em.createNativeQuery("SELECT 1 FROM " + S + ".appointment WHERE state = 'booked' AND starts_at < ?2 AND ends_at > ?1 AND id <> ?3 AND "
                + who.replace("?4", "?5").replace("?3", "?4") + " LIMIT 1").setParameter(1, Timestamp.from(times.start))
                .setParameter(2, Timestamp.from(times.end)).setParameter(3, except == null ? new UUID(0, 0) : except);
        if (value instanceof Object[] pair) {
            q.setParameter(4, pair[0]).setParameter(5, pair[1]);
        } else {
            q.setParameter(4, value);
        }
        return !q.getResultList().isEmpty();
    }

    private static List<Instant[]> busy(EntityManager em, String who, Object value, LocalDate from, LocalDate to) {
        var q = em.createNativeQuery("SELECT starts_at, ends_at FROM " + S + ".appointment WHERE state = 'booked' AND starts_at < ?2 AND ends_at > ?1 AND "
                + who).setParameter(1, Timestamp.from(startOf(from))).setParameter(2, Timestamp.from(startOf(to.plusDays(1))));
        bind(q, value);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Instant[]> busy = new ArrayList<>();
        rows.forEach(r -> busy.add(new Instant[] {Columns.instant(r[0]), Columns.instant(r[1])}));
        return busy;
    }

    private static void bind(jakarta.persistence.Query q, Object value) {
        if (value instanceof Object[] pair) {
            q.setParameter(3, pair[0]).setParameter(4, pair[1]);
        } else {
            q.setParameter(3, value);
        }
    }

    private static boolean overlaps(List<Instant[]> busy, Instant start, Instant end) {
        return busy.stream().anyMatch(b -> b[0].isBefore(end) && b[1].isAfter(start));
    }

    // ---- reading --------------------------------------------------------------------------------

    private View booked(EntityManager em, UUID id) {
        em.createNativeQuery("SELECT 1 FROM " + S + ".appointment WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        View v = find(em, id).orElseThrow(() -> Problem.of(404, "no-appointment", messages.texts("appointment.none")));
        if (!v.state().equals("booked")) {
            throw Problem.builder(409, "not-booked").detail(messages.texts("appointment.not-booked")).build();
        }
        return v;
    }

    private View one(EntityManager em, UUID id) {
        return find(em, id).orElseThrow();
    }

    private Optional<View> find(EntityManager em, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(VIEW + "WHERE a.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(this::view);
    }

    private View view(Object[] r) {
        String worker = (String) r[5];
        return new View((UUID) r[0], (UUID) r[1], r[3] + ", " + r[2], (UUID) r[4], worker, staff.fullName(worker).orElse(worker), (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], offset(Columns.instant(r[10])), offset(Columns.instant(r[11])), (String) r[12],
                (String) r[13], Columns.instant(r[14]), (String) r[15], (String) r[16], ((Number) r[17]).intValue(), Columns.day(r[18]));
    }

    private void customer(EntityManager em, UUID id) {
        if (em.find(Customer.class, id) == null) {
            throw Problem.invalid().field("customerId", messages.texts("placement.no-customer")).build();
        }
    }

    static OffsetDateTime offset(Instant i) {
        return ZonedDateTime.ofInstant(i, FinnishCalendar.ZONE).toOffsetDateTime();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(FinnishCalendar.ZONE).toInstant();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
