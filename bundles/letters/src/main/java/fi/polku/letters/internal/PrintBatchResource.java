package fi.polku.letters.internal;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code POST /api/v1/letters/print-batch}: the postal letters waiting, as one PDF to print and
 * post, marked printed; 204 when none waits. A unit lead's task.
 */
@Component(service = PrintBatchResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/letters/print-batch")
@RolesAllowed(Role.Ids.UNIT_LEAD)
public final class PrintBatchResource {
    private final PrintBatch batches;

    @Activate
    public PrintBatchResource(@Reference PrintBatch batches) {
        this.batches = batches;
    }

    @POST
    @Produces({"application/pdf", "application/json"})
    public Response print() {
        return batches.take(500).map(b -> Response.ok(b.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"letters-" + b.id() + ".pdf\"").header("X-Letters", b.letters())
                .header("Cache-Control", "no-store").build()).orElseGet(() -> Response.noContent().build());
    }
}
