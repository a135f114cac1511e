package fi.polku.web.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The one shape of every error response: {@code {"status": 400, "error": "Bad Request",
 * "message": "..."}}, where the message is written for the person who made the request, and,
 * when fields are at fault, {@code "fields": {"json.path": "message"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String message, Map<String, String> fields) {

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message);
    }

    public static Response response(int status, String message) {
        return response(status, message, null);
    }

    public static Response response(int status, String message, Map<String, String> fields) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, type == null ? "Error" : type.getReasonPhrase(), message, fields))
                .build();
    }
}
