package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.Refusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * A refused process request is 400, 404 or 409 with its message; the transaction was rolled back.
 * A 400 for fields at fault also maps each field to its message, in the request's language
 * (see {@link fi.polku.cases.internal.i18n.LocalizedRefusals}).
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("polku.case.process-errors")
public final class ProcessErrors implements ExceptionMapper<ProcessException> {
    @Override
    public Response toResponse(ProcessException e) {
        Response.Status status = switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(e, status)).build();
    }

    /** {status, error, message}, and {@code fields} when fields are at fault. */
    static Object body(ProcessException e, Response.StatusType status) {
        if (e.kind() == ProcessException.Kind.INVALID && !e.fields().isEmpty()) {
            return new Refusal(e.fields());
        }
        if (e.text() != null) {
            return new Refusal(status.getStatusCode(), status.getReasonPhrase(), e.text(), e.args());
        }
        return Map.of("status", status.getStatusCode(), "error", status.getReasonPhrase(), "message", e.getMessage());
    }
}
