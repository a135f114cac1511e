package fi.polku.cases.internal.neglect;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.document.StatementDocument;
import fi.polku.cases.internal.process.ProcessResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/neglects/{id}}: one neglect; the job seeker's explanation; the decision; the
 * labour-policy statement as a PDF in the customer's language; its sending to the benefit payer.
 */
@Component(service = NeglectResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/neglects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class NeglectResource {
    private final Neglects neglects;
    private final StatementDocument statements;

    @Activate
    public NeglectResource(@Reference Neglects neglects, @Reference StatementDocument statements) {
        this.neglects = neglects;
        this.statements = statements;
    }

    @GET
    public Neglects.View one(@PathParam("id") String id, @Context SecurityContext s) {
        return neglects.one(ProcessResource.id(id, "neglect"), ProcessResource.user(s));
    }

    @POST
    @Path("explanation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Neglects.View explain(@PathParam("id") String id, Neglects.Explanation in, @Context SecurityContext s) {
        return neglects.explain(ProcessResource.id(id, "neglect"), in, ProcessResource.user(s));
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Neglects.View decide(@PathParam("id") String id, Neglects.Decision in, @Context SecurityContext s) {
        return neglects.decide(ProcessResource.id(id, "neglect"), in, ProcessResource.user(s));
    }

    @POST
    @Path("statement-sent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Neglects.View sent(@PathParam("id") String id, Neglects.Sending in, @Context SecurityContext s) {
        return neglects.sent(ProcessResource.id(id, "neglect"), in, ProcessResource.user(s));
    }

    @GET
    @Path("statement.pdf")
    @Produces({"application/pdf", "application/json"})
    public Response statement(@PathParam("id") String id, @Context SecurityContext s) {
        StatementDocument.Pdf pdf = statements.statement(ProcessResource.id(id, "neglect"), ProcessResource.user(s));
        return Response.ok(pdf.bytes(), "application/pdf").header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
