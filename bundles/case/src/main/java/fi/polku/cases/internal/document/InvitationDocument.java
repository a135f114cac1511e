package fi.polku.cases.internal.document;

import fi.polku.api.document.Document;
import fi.polku.api.document.DocumentRenderer;
import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.Columns;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.StaffDirectory;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import fi.polku.api.letters.Letter;
import fi.polku.api.letters.Outbox;

/**
 * An invitation to a booked meeting (kutsu tapaamiseen) in the customer's language: when, how or
 * where, with whom, what for, what to bring and how to cancel, under the area's letterhead. Never
 * the identity code. Each print is kept in the customer's document list.
 */
@Component(service = InvitationDocument.class)
public final class InvitationDocument {
    private static final String S = CaseDatabase.SCHEMA;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

    private final PersistenceUnit unit;
    private final Messages messages;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final DocumentRenderer renderer;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Outbox outbox;

    @Activate
    public InvitationDocument(@Reference CaseDatabase database, @Reference Messages messages, @Reference Organisation organisation,
            @Reference StaffDirectory staff, @Reference DocumentRenderer renderer) {
        this.unit = database.unit();
        this.messages = messages;
        this.organisation = organisation;
        this.staff = staff;
        this.renderer = renderer;
    }

    /** What sending needs of a rendered invitation. */
    private record Rendered(Customer customer, String language, byte[] pdf, Integer version, String when, String purpose, String place) {}

    PlanDocument.Pdf invitation(UUID appointmentId, PolkuUser by) {
        return unit.inTransaction(em -> {
            Rendered r = render(em, appointmentId);
            Documents.record(em, r.customer().id(), "invitation", appointmentId, r.version(), r.language(), "print", r.pdf(), by);
            AuditTrail.record(em, by, r.customer().id(), "document.invitation", "");
            return new PlanDocument.Pdf(r.pdf(), messages.text(r.language(), "document.invitation.file") + ".pdf");
        });
    }

    /**
     * Sends the invitation by e-mail or post through the outbox; the document list keeps it with its
     * letter. 409 when the customer has no address for that channel; 503 when no outbox is installed.
     */
    UUID send(UUID appointmentId, String channel, PolkuUser by) {
        Outbox letters = outbox;
        if (letters == null) {
            throw Problem.of(503, "no-outbox", messages.texts("document.no-outbox"));
        }
        return unit.inTransaction(em -> {
            Rendered r = render(em, appointmentId);
            Customer c = r.customer();
            String lang = r.language();
            if (channel.equals(Letter.EMAIL) && (c.email() == null || c.email().isBlank())) {
                throw Problem.builder(409, "no-email").detail(messages.texts("document.no-email")).build();
            }
            if (channel.equals(Letter.POST) && (c.streetAddress() == null || c.postalCode() == null)) {
                throw Problem.builder(409, "no-address").detail(messages.texts("document.no-address")).build();
            }
            List<String> address = channel.equals(Letter.POST) ? Addressing.recipient(c) : List.of();
            UUID letter;
            try {
                letter = letters.send(new Letter(c.id(), "invitation", lang, channel, c.email(), address,
                        messages.text(lang, "document.invitation.subject", r.when()),
                        messages.text(lang, "document.invitation.email", c.firstName(), r.purpose(), r.when(), r.place()),
                        r.pdf(), messages.text(lang, "document.invitation.file") + ".pdf"), by);
            } catch (IllegalArgumentException refused) {
                throw Problem.builder(409, "letter-refused").detail(messages.texts("document.letter-refused")).build();
            }
            Documents.record(em, c.id(), "invitation", appointmentId, r.version(), lang, channel, r.pdf(), by, letter);
            AuditTrail.record(em, by, c.id(), "document.invitation.send", channel);
            return letter;
        });
    }

    private Rendered render(jakarta.persistence.EntityManager em, UUID appointmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT customer_id, worker, channel, service_point, room, purpose, starts_at, ends_at, state, "
                + "version FROM " + S + ".appointment WHERE id = ?1").setParameter(1, appointmentId).getResultList();
        if (rows.isEmpty()) {
            throw Problem.of(404, "no-appointment", messages.texts("appointment.none"));
        }
        Object[] a = rows.get(0);
        if (!"booked".equals(a[8])) {
            throw Problem.builder(409, "not-booked").detail(messages.texts("appointment.not-booked")).build();
        }
        Customer c = em.find(Customer.class, (UUID) a[0]);
        String lang = Addressing.language(c);
        Instant start = Columns.instant(a[6]);
        Instant end = Columns.instant(a[7]);
        String channel = (String) a[2];
        String place = channel.equals("in-person") ? place(lang, (String) a[3], (String) a[4])
                : messages.text(lang, "document.invitation.by-" + channel);
        List<String> recipient = Addressing.recipient(c);
        String worker = staff.fullName((String) a[1]).orElse(messages.text(lang, "document.plan.staff"));
        Document document = Document.builder(lang, messages.text(lang, "document.invitation.title"))
                .sender(organisation.areaNames().get(lang), messages.text(lang, "document.plan.authority"))
                .recipient(recipient.toArray(String[]::new))
                .fact(messages.text(lang, "document.plan.date"), DAY.format(FinnishCalendar.today()))
                .fact(messages.text(lang, "document.invitation.what"), messages.text(lang, "console.appointment.purpose." + a[5]))
                .fact(messages.text(lang, "document.invitation.when"), DAY.format(start.atZone(FinnishCalendar.ZONE)) + " "
                        + TIME.format(start.atZone(FinnishCalendar.ZONE)) + "–" + TIME.format(end.atZone(FinnishCalendar.ZONE)))
                .fact(messages.text(lang, "document.invitation.where"), place)
                .fact(messages.text(lang, "document.invitation.with"), worker)
                .section(messages.text(lang, "document.invitation.before"))
                .paragraph(messages.text(lang, "document.invitation.bring"))
                .section(messages.text(lang, "document.invitation.cannot"))
                .paragraph(messages.text(lang, "document.invitation.cannot-text"))
                .build();
        String when = DAY.format(start.atZone(FinnishCalendar.ZONE)) + " " + TIME.format(start.atZone(FinnishCalendar.ZONE));
        return new Rendered(c, lang, renderer.pdf(document), Columns.integer(a[9]), when,
                messages.text(lang, "console.appointment.purpose." + a[5]), place);
    }

    private String place(String lang, String servicePoint, String room) {
        String name = organisation.servicePoints().stream().filter(p -> p.id().equals(servicePoint)).findFirst()
                .map(p -> p.names().get(lang)).orElse(servicePoint);
        return room == null ? name : name + ", " + messages.text(lang, "console.appointment.room", room);
    }
}
