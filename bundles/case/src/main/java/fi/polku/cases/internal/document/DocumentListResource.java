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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/v1/customers/{id}/documents}: what was handed over or sent to the customer; audited. */
@Component(service = DocumentListResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/customers/{customerId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class DocumentListResource {
    private final Documents documents;
    private final Messages messages;

    @Activate
    public DocumentListResource(@Reference Documents documents, @Reference Messages messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @GET
    public List<Documents.Entry> list(@PathParam("customerId") String customerId, @Context SecurityContext s) {
        UUID id;
        try {
            id = UUID.fromString(customerId.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-customer", messages.texts("placement.no-customer"));
        }
        return documents.list(id, Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD));
    }
}
