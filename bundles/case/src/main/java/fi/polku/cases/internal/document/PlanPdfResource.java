package fi.polku.cases.internal.document;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/v1/job-search-periods/{id}/plan.pdf}: the current employment plan to print or hand over. */
@Component(service = PlanPdfResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/job-search-periods/{periodId}/plan.pdf")
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class PlanPdfResource {
    private final PlanDocument plans;
    private final Messages messages;

    @Activate
    public PlanPdfResource(@Reference PlanDocument plans, @Reference Messages messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @GET
    @Produces({"application/pdf", "application/json"})
    public Response plan(@PathParam("periodId") String periodId, @Context SecurityContext s) {
        UUID id;
        try {
            id = UUID.fromString(periodId.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-period", messages.texts("document.no-period"));
        }
        PlanDocument.Pdf pdf = plans.plan(id, Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD));
        return Response.ok(pdf.bytes(), "application/pdf").header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
