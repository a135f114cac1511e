package fi.polku.web.internal.logging;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.MDC;

/**
 * Gives every API request an id: in the logging context ({@code requestId}, so every line logged
 * while the request is served carries it), in the answer's {@code X-Request-Id} header and in
 * every error answer. A user who reports an error can quote it, and it leads to the log lines.
 * An id a reverse proxy set (nginx's {@code $request_id}) is kept when it is a plain token, so
 * the proxy's log and Polku's agree.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JakartarsExtension
@JakartarsName("polku.request-id")
@PreMatching
@Priority(10) // before everything else, the size limits included, so that their refusals carry the id too
public final class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    /** The request property (and logging context key) holding the id. */
    public static final String KEY = "requestId";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given : fresh();
        request.setProperty(KEY, id);
        MDC.put(KEY, id); // replaces whatever an earlier request on this thread left
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(KEY);
    }

    /** 64 random bits as 16 hex digits: unique enough to find one request in a month of logs. */
    static String fresh() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
