package fi.polku.trials.internal;

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
import fi.polku.api.security.StaffDirectory;
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
 * {@code GET /api/v1/trial-documents/{trialId}}: the trial as agreed, a tagged PDF in the
 * customer's language for the customer and the organiser: the kind, the organiser, the grounds,
 * the tasks and times, who agreed it. Never the identity code; audited.
 */
@Component(service = TrialDocumentResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/trial-documents/{trialId}")
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class TrialDocumentResource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");
    private final Trials trials;
    private final ModuleReferrals referrals;
    private final DocumentRenderer renderer;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public TrialDocumentResource(@Reference Trials trials, @Reference ModuleReferrals referrals, @Reference DocumentRenderer renderer,
            @Reference Organisation organisation, @Reference StaffDirectory staff, @Reference AuditLog audit, @Reference Messages messages) {
        this.trials = trials;
        this.referrals = referrals;
        this.renderer = renderer;
        this.organisation = organisation;
        this.staff = staff;
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Produces({"application/pdf", "application/json"})
    public Response pdf(@PathParam("trialId") String trialId, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        UUID id;
        try {
            id = UUID.fromString(trialId.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-trial", messages.texts("no-trial"));
        }
        Trial t = trials.find(id).orElseThrow(() -> Problem.of(404, "no-trial", messages.texts("no-trial")));
        ReferralDetails person = referrals.details(t.referralId(), user, "trial document")
                .orElseThrow(() -> Problem.of(404, "no-trial", messages.texts("no-trial")));
        String l = List.of("fi", "sv").contains(person.language()) ? person.language() : "en";
        String kind = messages.text(l, "console.kind." + t.kind());
        Document.SectionBuilder d = Document.builder(l, messages.text(l, "doc.title", kind))
                .sender(organisation.areaNames().get(l), messages.text(l, "doc.authority"))
                .recipient(person.firstName() + " " + person.lastName())
                .fact(messages.text(l, "doc.date"), DAY.format(t.agreedAt().atZone(FinnishCalendar.ZONE)))
                .fact(messages.text(l, "doc.kind"), kind)
                .fact(messages.text(l, "doc.organiser"), t.organiserName() + " (" + t.organiserBusinessId() + ")")
                .fact(messages.text(l, "doc.period"), DAY.format(t.startsOn()) + " – " + DAY.format(t.endsOn()))
                .fact(messages.text(l, "doc.times"), messages.text(l, "doc.times-value", hours(t, l), t.daysPerWeek()))
                .section(messages.text(l, "doc.grounds"))
                .paragraph(messages.text(l, "console.ground." + t.statutoryGround()))
                .paragraph(t.policyGround())
                .section(messages.text(l, "doc.tasks")).paragraph(t.tasks())
                .section(messages.text(l, "doc.assurance"))
                .paragraph(messages.text(l, t.assurance() ? "doc.assurance-given" : "doc.assurance-missing"));
        byte[] pdf = renderer.pdf(d.closing(messages.text(l, "doc.agreed-by", staff.fullName(t.agreedBy()).orElse(messages.text(l, "doc.authority"))))
                .build());
        audit.record(user, null, "trials.document", "trial " + t.id() + " referral " + t.referralId());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + messages.text(l, "doc.file") + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    /** 6 or 6,5 as a Finnish or Swedish reader writes it (6.5 in English). */
    private static String hours(Trial t, String language) {
        String plain = t.hoursPerDay().stripTrailingZeros().toPlainString();
        return language.equals("en") ? plain : plain.replace('.', ',');
    }
}
