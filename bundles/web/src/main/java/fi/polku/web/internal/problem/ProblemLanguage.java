package fi.polku.web.internal.problem;

import fi.polku.api.i18n.Messages;
import fi.polku.api.i18n.Texts;
import fi.polku.web.internal.logging.RequestIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Writes every {@link ProblemBody} in the language the request accepts (fi, sv or en; English
 * when it names none). A response filter sees the request and the response alike, whether a
 * resource, an exception mapper or a request filter's abort made it, so the language is chosen
 * here once for every bundle. (An exception mapper cannot see the request: the whiteboard calls
 * extensions through proxies, and their {@code @Context} fields are never injected.)
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("polku.problems.language")
public final class ProblemLanguage implements ContainerResponseFilter {
    private final Messages messages;

    @Activate
    public ProblemLanguage(@Reference Messages messages) {
        this.messages = messages;
        ProblemBody.lastCatalogue = messages;
    }

    /** True while the request still has a body that nobody read; a body already read (and its stream closed) is not. */
    private static boolean bodyUnread(ContainerRequestContext request) {
        try {
            return request.hasEntity();
        } catch (IllegalStateException read) {
            return false;
        } catch (RuntimeException unreadable) {
            return true; // cannot tell: the connection is not kept, which is always safe
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ProblemBody problem) {
            String language = Texts.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            java.util.Map<String, Object> body = problem.in(language, messages);
            Object requestId = request.getProperty(RequestIds.KEY);
            if (requestId != null) {
                body.put("requestId", requestId); // what a user quotes when reporting the error; it leads to the log lines
            }
            response.setEntity(body, response.getEntityAnnotations(),
                    jakarta.ws.rs.core.MediaType.valueOf(ProblemBody.MEDIA_TYPE));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language);
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            // Refused before its body was read (not logged in, no CSRF token, no role, a body of the wrong type, a control
            // character in the address): the body is still on the connection, which Jetty will not keep alive, so the
            // client is told so; otherwise its next request on that connection would get no answer at all.
            if (bodyUnread(request)) {
                response.getHeaders().putSingle("Connection", "close");
            }
        }
    }
}
