package fi.polku.web.internal.problem;

import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** A {@link Problem} thrown by any bundle: its status, code, detail and fields, in the request's language. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName(SecuredResource.PROBLEMS_NAME)
public final class ProblemMapper implements ExceptionMapper<Problem> {
    @Override
    public Response toResponse(Problem p) {
        Response r = ProblemBody.response(p);
        return p.status() == 503 ? Response.fromResponse(r).header("Retry-After", "5").build() : r;
    }
}
