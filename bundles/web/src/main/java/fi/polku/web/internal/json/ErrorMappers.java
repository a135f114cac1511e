package fi.polku.web.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fi.polku.api.persistence.UnitClosedException;
import fi.polku.api.security.Caller;
import fi.polku.web.internal.limits.BodyTooLargeException;
import fi.polku.web.internal.limits.RequestLimits;
import fi.polku.web.internal.problem.ProblemBody;
import fi.polku.web.internal.problem.ProblemBody.Text;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ParamException;
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
            // JAX-RS calls a query parameter it cannot convert (?limit=ten) a 404; it is the caller's typing: 400.
            if ((e instanceof ParamException.QueryParamException ? e : e.getCause()) instanceof ParamException.QueryParamException q) {
                String name = q.getParameterName();
                return ProblemBody.response(400, "invalid-input", Text.key("query-wrong-form", name), Map.of(name, Text.key("field.wrong-form")));
            }
            // Whatever words a resource gave, a person is answered from the catalogue, by status.
            return switch (status) {
                case 401 -> ProblemBody.response(401, "not-logged-in", "not-logged-in-or-expired");
                case 403 -> ProblemBody.response(403, "forbidden", "role-needed");
                case 404 -> ProblemBody.response(404, "not-found", "not-found");
                case 405 -> ProblemBody.response(405, "method-not-allowed", "method-not-allowed");
                case 406 -> ProblemBody.response(406, "not-acceptable", "not-acceptable");
                case 415 -> ProblemBody.response(415, "unsupported-media-type", "unsupported-media-type");
                default -> ProblemBody.response(status, "request-refused", "could-not-handle", status);
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
            for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BodyTooLargeException b) {
                    return RequestLimits.tooLarge(b.limit()); // the parser met the cut-off mid-body
                }
            }
            if (e instanceof SafeStrings.ControlCharacterException c) {
                String field = path(c);
                return ProblemBody.response(400, "invalid-input", Text.key("control-character-field", field),
                        Map.of(field, Text.key("field.control-character")));
            }
            if (e instanceof StreamConstraintsException) {
                return ProblemBody.response(400, "value-too-long", "value-too-long", JsonFeature.MAX_STRING_LENGTH);
            }
            if (e instanceof UnrecognizedPropertyException u) {
                String field = path(u);
                String allowed = u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
                return ProblemBody.response(400, "invalid-input", Text.key("unknown-field", u.getPropertyName(), allowed),
                        Map.of(field, Text.key("field.unknown")));
            }
            if (e instanceof InvalidFormatException f) {
                return ProblemBody.response(400, "invalid-input", Text.key("wrong-form-value", path(f), String.valueOf(f.getValue())),
                        Map.of(path(f), Text.key("field.wrong-form")));
            }
            if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
                return ProblemBody.response(400, "invalid-input", Text.key("wrong-type", path(m)), Map.of(path(m), Text.key("field.wrong-form")));
            }
            if (e instanceof MismatchedInputException) {
                return ProblemBody.response(400, "invalid-json", "body-shape");
            }
            return ProblemBody.response(400, "invalid-json", "invalid-json", e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                    e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
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
                return ProblemBody.response(401, "not-logged-in", "not-logged-in-or-expired");
            }
            if (e instanceof Caller.NotPermittedException) {
                return ProblemBody.response(403, "forbidden", "role-needed");
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
            return Response.fromResponse(ProblemBody.response(503, "restarting", "restarting")).header("Retry-After", "5").build();
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

    /**
     * The database unreachable or restarting is no fault of the user's and passes: 503 with
     * {@code Retry-After}. A body over its limit is 413. Anything else is our fault: 500.
     */
    /**
     * A lost or refused connection (SQLState class 08), the server shutting down or starting
     * (57P01 to 57P03), or no connection to be had from the pool in time.
     */
    static boolean databaseUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        // Hibernate's words for the same (the web bundle does not import Hibernate): a lost
        // connection, or a commit or rollback that found its connection gone.
        String type = t.getClass().getName();
        if (type.equals("org.hibernate.exception.JDBCConnectionException")
                || (type.equals("org.hibernate.TransactionException") && t.getCause() instanceof SQLException)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return false;
    }

    static Response internal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException b) {
                return RequestLimits.tooLarge(b.limit());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("22008") || sql.getSQLState().equals("22003"))) {
                // A date or number beyond what the database stores (year 5874898): the caller's value, not our fault.
                return ProblemBody.response(400, "out-of-range", "out-of-range");
            }
            if (databaseUnavailable(t)) {
                LOG.warn("Answered 503: the database is unavailable ({})", t.getClass().getName());
                return Response.fromResponse(ProblemBody.response(503, "database-unavailable", "database-unavailable"))
                        .header("Retry-After", "30").build();
            }
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Internal error, reference {}", ref, e);
        return ProblemBody.response(500, "internal-error", "internal-error", ref);
    }
}
