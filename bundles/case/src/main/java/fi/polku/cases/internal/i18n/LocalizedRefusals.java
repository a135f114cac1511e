package fi.polku.cases.internal.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Answers a {@link Refusal} in the language the request accepts. A response filter sees both the
 * request and the response (whether a resource returned it or an exception mapper made it),
 * so the language is chosen in this one place for the whole bundle.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("polku.case.localized-refusals")
public final class LocalizedRefusals implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Refusal refusal) {
            Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.setEntity(refusal.in(language), response.getEntityAnnotations(), response.getMediaType());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
