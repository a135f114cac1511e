package fi.polku.training.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.document.Document;
import fi.polku.api.document.DocumentRenderer;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralDetails;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.api.time.FinnishCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/v1/training-selection-documents/{applicationId}}: the outcome of an application
 * to a course as the applicant receives it, a tagged PDF in the customer's language: the course,
 * its provider, place and dates, selected or not (with the provider's reason). Never the identity
 * code; audited. Only once the provider has decided.
 */
@Component(service = SelectionDocumentResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/training-selection-documents/{applicationId}")
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class SelectionDocumentResource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final List<String> DECIDED = List.of("selected", "declined", "started", "completed", "interrupted");
    private final Applications applications;
    private final Courses courses;
    private final ModuleReferrals referrals;
    private final DocumentRenderer renderer;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public SelectionDocumentResource(@Reference Applications applications, @Reference Courses courses, @Reference ModuleReferrals referrals,
            @Reference DocumentRenderer renderer, @Reference Organisation organisation, @Reference AuditLog audit, @Reference Messages messages) {
        this.applications = applications;
        this.courses = courses;
        this.referrals = referrals;
        this.renderer = renderer;
        this.organisation = organisation;
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Produces({"application/pdf", "application/json"})
    public Response pdf(@PathParam("applicationId") String applicationId, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        UUID id;
        try {
            id = UUID.fromString(applicationId.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-application", messages.texts("doc.no-application"));
        }
        Applications.View a = applications.view(id); // 404 when there is none
        if (!DECIDED.contains(a.state())) {
            throw Problem.of(409, "not-decided", messages.texts("doc.not-decided"));
        }
        Course c = courses.find(a.courseId()).orElseThrow(() -> Problem.of(404, "no-application", messages.texts("doc.no-application")));
        ReferralDetails person = referrals.details(a.referralId(), user, "training selection document")
                .orElseThrow(() -> Problem.of(404, "no-application", messages.texts("doc.no-application")));
        String l = List.of("fi", "sv").contains(person.language()) ? person.language() : "en";
        boolean selected = !a.state().equals("declined");
        Document.SectionBuilder d = Document.builder(l, messages.text(l, "doc.title"))
                .sender(organisation.areaNames().get(l), messages.text(l, "doc.authority"))
                .recipient(person.firstName() + " " + person.lastName())
                .fact(messages.text(l, "doc.date"), a.decidedAt() == null ? "" : DAY.format(a.decidedAt().atZone(FinnishCalendar.ZONE)))
                .fact(messages.text(l, "doc.course"), c.name())
                .fact(messages.text(l, "doc.provider"), c.provider())
                .fact(messages.text(l, "doc.place"), c.place())
                .fact(messages.text(l, "doc.period"), DAY.format(c.startsOn()) + " – " + DAY.format(c.endsOn()))
                .fact(messages.text(l, "doc.outcome"), messages.text(l, selected ? "doc.selected" : "doc.declined"))
                .section(messages.text(l, selected ? "doc.next" : "doc.reasons"))
                .paragraph(selected ? messages.text(l, "doc.next-text") : (a.note() == null ? "" : a.note()));
        byte[] pdf = renderer.pdf(d.closing(messages.text(l, "doc.contact")).build());
        audit.record(user, null, "training.selection-document", "application " + a.id() + " referral " + a.referralId());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + messages.text(l, "doc.file") + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
