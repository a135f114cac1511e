package fi.polku.web.internal.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape of every error response: {@code {"status": 400, "error": "Bad Request",
 * "message": "..."}}, where the message is written for the person who made the request.
 */
public record ErrorBody(int status, String error, String message) {

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message);
    }

    public static Response response(int status, String message) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, type == null ? "Error" : type.getReasonPhrase(), message))
                .build();
    }
}
