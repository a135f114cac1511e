package fi.polku.web.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fi.polku.api.persistence.UnitClosedException;
import fi.polku.api.security.Caller;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception into a JSON error a person can read. A user's mistake is a 4xx that
 * says what to fix; anything else is a 500 with a reference that points to the full stack trace
 * in the log, never the stack trace itself.
 */
public final class ErrorMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);

    private ErrorMappers() {}

    /** Errors a resource raised on purpose keep their status; the message is the resource's. */
    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("polku.errors.web")
    public static final class WebErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return internal(e);
            }
            String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    ? defaultMessage(status) : e.getMessage();
            return ErrorBody.response(status, message);
        }

        private static String defaultMessage(int status) {
            return switch (status) {
                case 401 -> "You are not logged in, or your session has expired. Log in again.";
                case 403 -> "You do not have the role this needs.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that HTTP method.";
                case 406 -> "This address answers only in JSON (Accept: application/json).";
                case 415 -> "Send the request body as JSON (Content-Type: application/json).";
                default -> "The request could not be handled (" + status + ").";
            };
        }
    }

    /** A request body that is not the JSON the resource expects. */
    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("polku.errors.json")
    public static final class JsonErrors implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, describe(e));
        }

        static String describe(JsonProcessingException e) {
            if (e instanceof UnrecognizedPropertyException u) {
                return "Unknown field '" + u.getPropertyName() + "'; allowed fields: "
                        + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            }
            if (e instanceof InvalidFormatException f) {
                return "Field '" + path(f) + "' has a value of the wrong form: '" + f.getValue() + "'";
            }
            if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
                return "Field '" + path(m) + "' has a value of the wrong type";
            }
            if (e instanceof MismatchedInputException) {
                return "The request body is missing or is not a JSON object of the expected shape";
            }
            return "The request body is not valid JSON (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ", column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")";
        }

        private static String path(MismatchedInputException e) {
            return e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
    }

    /** A resource's own check found nobody signed in, or the wrong role: 401 or 403. */
    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("polku.errors.caller")
    public static final class CallerErrors implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof Caller.NotAuthenticatedException) {
                return ErrorBody.response(Response.Status.UNAUTHORIZED, e.getMessage());
            }
            if (e instanceof Caller.NotPermittedException) {
                return ErrorBody.response(Response.Status.FORBIDDEN, e.getMessage());
            }
            return internal(e); // any other unchecked exception without a mapper of its own
        }
    }

    /** A part of the platform is stopping or being replaced: not the user's fault, and not lasting. */
    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("polku.errors.unavailable")
    public static final class UnavailableErrors implements ExceptionMapper<UnitClosedException> {
        @Override
        public Response toResponse(UnitClosedException e) {
            LOG.info("Answered 503: {}", e.getMessage());
            return Response.fromResponse(ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE,
                    "This part of Polku is restarting. Nothing was saved by this request; try again in a moment."))
                    .header("Retry-After", "5").build();
        }
    }

    /** Everything else is our fault, not the user's. */
    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("polku.errors.internal")
    public static final class InternalErrors implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return internal(e);
        }
    }

    static Response internal(Throwable e) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Internal error, reference {}", ref, e);
        return ErrorBody.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server. If it happens again, give the administrator the reference " + ref + ".");
    }
}
