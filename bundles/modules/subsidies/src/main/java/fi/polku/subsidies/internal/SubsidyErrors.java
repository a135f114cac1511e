package fi.polku.subsidies.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * The module's refusals in the platform's error shape ({@code status}, {@code error},
 * {@code message}) plus {@code fields} for bad input. The module's resources select this
 * extension, so they are never served without it (a refusal would otherwise become a 500).
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName(SubsidyErrors.NAME)
public final class SubsidyErrors implements ExceptionMapper<SubsidyException> {
    static final String NAME = "polku.subsidies.errors";

    @Override
    public Response toResponse(SubsidyException e) {
        Response.Status status = switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.getStatusCode());
        body.put("error", status.getReasonPhrase());
        body.put("message", e.getMessage());
        body.putAll(e.extra());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
