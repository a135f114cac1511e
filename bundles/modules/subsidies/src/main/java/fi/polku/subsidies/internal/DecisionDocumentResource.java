package fi.polku.subsidies.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.customer.Addressee;
import fi.polku.api.customer.CustomerDirectory;
import fi.polku.api.document.DocumentRenderer;
import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.api.security.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code GET /api/v1/subsidies/decision-documents/{applicationId}}: the decision on an application
 * as a tagged PDF, in the customer's language for the kinds paid to the person, in Finnish (or the
 * {@code language} asked: fi, sv, en) for an employer; audited.
 */
@Component(service = DecisionDocumentResource.class, configurationPid = "fi.polku.subsidies.decisions")
@Designate(ocd = DecisionDocumentResource.Config.class)
@JakartarsResource
@SecuredResource
@Path("v1/subsidies/decision-documents/{applicationId}")
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class DecisionDocumentResource {

    @ObjectClassDefinition(name = "Polku subsidy decisions", description = "Where a request for rectification of a subsidy decision goes")
    public @interface Config {
        @AttributeDefinition(description = "The authority's address lines for requests for rectification")
        String[] rectificationTo() default {"Kotkan kaupunki, työllisyyspalvelut (esimerkkiosoite)", "PL 205, 48101 Kotka"};

        @AttributeDefinition(description = "Days to request rectification (Act 434/2003 49 c §)")
        int rectificationDays() default 30;

        @AttributeDefinition(description = "The act named in the instructions")
        String rectificationAct() default "434/2003, 49 c §";
    }

    private final SubsidyStore store;
    private final CustomerDirectory customers;
    private final DocumentRenderer renderer;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Messages messages;
    private volatile Config config;

    @Activate
    public DecisionDocumentResource(@Reference SubsidyStore store, @Reference CustomerDirectory customers, @Reference DocumentRenderer renderer,
            @Reference Organisation organisation, @Reference StaffDirectory staff, @Reference AuditLog audit, @Reference Messages messages,
            Config config) {
        this.store = store;
        this.customers = customers;
        this.renderer = renderer;
        this.organisation = organisation;
        this.staff = staff;
        this.audit = audit;
        this.messages = messages;
        this.config = config;
    }

    @Modified
    void modified(Config c) {
        this.config = c;
    }

    @GET
    @Produces({"application/pdf", "application/json"})
    public Response pdf(@PathParam("applicationId") String applicationId, @QueryParam("language") String language, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        UUID id;
        try {
            id = UUID.fromString(applicationId.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-application", messages.texts("no-application"));
        }
        Application a = store.application(id).orElseThrow(() -> Problem.of(404, "no-application", messages.texts("no-application")));
        Decision d = store.decisionOn(id).orElseThrow(() -> Problem.of(409, "not-decided", messages.texts("doc.not-decided")));
        Addressee person = customers.addressee(a.customerId(), user, "subsidy decision document")
                .orElseThrow(() -> Problem.of(404, "no-application", messages.texts("no-application")));
        String l = a.kind().toEmployer() ? (language != null && List.of("fi", "sv", "en").contains(language) ? language : "fi") : person.language();
        Config c = config;
        DecisionDocument.Authority authority = new DecisionDocument.Authority(organisation.areaNames().get(l), List.of(c.rectificationTo()),
                c.rectificationDays(), c.rectificationAct());
        byte[] pdf = renderer.pdf(DecisionDocument.of(l, a, d, person, staff.fullName(d.decidedBy()).orElse(messages.text(l, "doc.authority")),
                authority, messages));
        audit.record(user, a.customerId(), "subsidy.decision-document", "application=" + a.id());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + messages.text(l, "doc.file") + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
