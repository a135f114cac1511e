package fi.polku.web.internal.limits;

import fi.polku.web.internal.problem.ProblemBody;
import fi.polku.web.internal.problem.ProblemBody.Text;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The first thing every API request meets, before authentication: an anonymous caller must not
 * be able to exhaust the heap (a login with a 19-million-character password) or send text that
 * the database refuses (a NUL byte). A body is refused with 413 when its declared length is over
 * the route's limit, and cut off with 413 when a body without a declared length grows past it; an
 * address whose path or query carries a control character is a 400.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "fi.polku.web.limits")
@Designate(ocd = RequestLimits.Config.class)
@JakartarsExtension
@JakartarsName("polku.limits")
@PreMatching
@Priority(100) // before authentication (1000): nothing is read before the size is known
public final class RequestLimits implements ContainerRequestFilter {

    @ObjectClassDefinition(name = "Polku request limits", description = "Largest request bodies the API accepts")
    public @interface Config {
        @AttributeDefinition(name = "Largest body (bytes)", description = "Every API request body, JSON above all")
        long maxBodyBytes() default 64 * 1024;

        @AttributeDefinition(name = "Upload routes", description = "Paths under /api (no leading slash) that take file uploads with POST or PUT")
        String[] uploadPaths() default {"v1/admin/bundles", "v1/admin/imports", "v1/exports"};

        @AttributeDefinition(name = "Largest upload (bytes)", description = "A body sent to an upload route")
        long maxUploadBytes() default 32 * 1024 * 1024;
    }

    private volatile Config config;

    @Activate
    public RequestLimits(Config config) {
        this.config = config;
    }

    @Modified
    void modified(Config changed) {
        this.config = changed;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Response bad = controlCharacterIn(path, request.getUriInfo().getQueryParameters());
        if (bad != null) {
            request.abortWith(bad);
            return;
        }
        Config c = config; // one configuration for the whole request, even while it changes
        long limit = limitFor(c, path);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    request.abortWith(tooLarge(limit));
                    return;
                }
            } catch (NumberFormatException e) {
                request.abortWith(ProblemBody.response(400, "invalid-input", "content-length-not-number"));
                return;
            }
        }
        if (!request.hasEntity()) {
            return;
        }
        if (limit > c.maxBodyBytes()) {
            // An upload is read by its resource after the role check, as a stream cut off at the limit.
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
            return;
        }
        // A small body without a declared length is read here, up to the limit, so that the
        // parsers never meet the cut-off half-way.
        try {
            byte[] body = request.getEntityStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                request.abortWith(tooLarge(limit));
                return;
            }
            request.setEntityStream(new java.io.ByteArrayInputStream(body));
        } catch (java.io.IOException e) {
            request.abortWith(ProblemBody.response(400, "invalid-input", "body-unreadable"));
        }
    }

    static long limitFor(Config c, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (String upload : c.uploadPaths()) {
            if (p.equals(upload) || p.startsWith(upload + "/")) {
                return c.maxUploadBytes();
            }
        }
        return c.maxBodyBytes();
    }

    /** The body is not read: the connection cannot serve another request, and the client is told so. */
    public static Response tooLarge(long limit) {
        return Response.fromResponse(ProblemBody.response(413, "too-large", "too-large", limit)).header("Connection", "close").build();
    }

    /** A 400 naming where a control character was found, or null when there is none. */
    static Response controlCharacterIn(String path, MultivaluedMap<String, String> query) {
        if (ControlCharacters.find(path) >= 0) {
            return ProblemBody.response(400, "control-character", "control-character-address");
        }
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            boolean inName = ControlCharacters.find(e.getKey()) >= 0;
            if (inName || e.getValue().stream().anyMatch(v -> ControlCharacters.find(v) >= 0)) {
                String name = inName ? "?" : e.getKey();
                return ProblemBody.response(400, "control-character", Text.key("control-character-query", name),
                        inName ? Map.of() : Map.of(name, Text.key("field.control-character")));
            }
        }
        return null;
    }
}
