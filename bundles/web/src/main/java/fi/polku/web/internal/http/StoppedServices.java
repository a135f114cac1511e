package fi.polku.web.internal.http;

import fi.polku.web.internal.problem.ProblemBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import fi.polku.api.i18n.Messages;
import fi.polku.api.i18n.Texts;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A request for a service whose bundle is stopped (an IT admin suspended a module, or it is being
 * replaced) is answered {@code 503} with {@code Retry-After}, not {@code 404}: the address is
 * right and the service will be back, so a client (or the console) tries again instead of
 * concluding it does not exist. The addresses are learnt from the resources the Jakarta REST
 * whiteboard serves, by their {@code @Path}; an address of a bundle that was uninstalled is
 * forgotten and answers 404 again.
 */
// Immediate: the whiteboard lets go of its extensions whenever it rebuilds an application (a bundle stopped), and a
// delayed component would then be made anew, forgetting the addresses it learnt.
@Component(service = ContainerResponseFilter.class, immediate = true)
@JakartarsExtension
@JakartarsName("polku.stopped-services")
public final class StoppedServices implements ContainerResponseFilter {
    /** The address of each resource that left, and the bundle that served it. */
    private final Map<String, Long> gone = new ConcurrentHashMap<>();
    private final Map<ServiceReference<?>, String> served = new ConcurrentHashMap<>();
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();
    private final BundleContext context;
    private final Messages messages;
    private final ServiceTracker<Object, Object> tracker;

    @Activate
    public StoppedServices(BundleContext context, @Reference Messages messages) throws InvalidSyntaxException {
        this.context = context;
        this.messages = messages;
        Filter resources = context.createFilter("(osgi.jakartars.resource=true)");
        this.tracker = new ServiceTracker<>(context, resources, null) {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                String p = address(ref);
                if (p != null) {
                    served.put(ref, p);
                    gone.remove(p);
                }
                return ref;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object service) {
                String p = served.remove(ref);
                Bundle b = ref.getBundle();
                if (p != null && b != null) {
                    gone.put(p, b.getBundleId());
                }
            }
        };
        tracker.open(true);
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            answerStopped(request, response);
        } catch (RuntimeException e) {
            // Never the reason an answer fails: without this filter the 404 stands.
        }
    }

    private void answerStopped(ContainerRequestContext request, ContainerResponseContext response) {
        // Only when no resource method answered: a resource's own 404 (no such customer) stays as it is. A class with a
        // broad @Path ("v1") may have matched part of the address, so the matched method, not the classes, decides.
        if (response.getStatus() != 404 || gone.isEmpty()
                || (request.getUriInfo() instanceof ExtendedUriInfo x && x.getMatchedResourceMethod() != null)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (Map.Entry<String, Long> e : gone.entrySet()) {
            if (compiled.computeIfAbsent(e.getKey(), Pattern::compile).matcher(p).matches()) {
                Bundle b = context.getBundle(e.getValue());
                if (b == null || b.getState() == Bundle.UNINSTALLED) {
                    gone.remove(e.getKey());
                    return;
                }
                // Written in the caller's language here: the filter that does it for every problem may have run already.
                ProblemBody problem = (ProblemBody) ProblemBody.response(503, "service-stopped", "service-stopped").getEntity();
                String language = Texts.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
                response.setStatus(503);
                response.setEntity(problem.in(language, messages), new Annotation[0], MediaType.valueOf(ProblemBody.MEDIA_TYPE));
                response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language);
                response.getHeaders().putSingle("Retry-After", "30");
                return;
            }
        }
    }

    /** The resource's class {@code @Path} as a pattern for its address and everything under it; null when it has none. */
    private static String address(ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        Object classes = ref.getProperty("objectClass");
        if (b == null || !(classes instanceof String[] names) || names.length == 0) {
            return null;
        }
        try {
            Class<?> type = b.loadClass(names[0]);
            for (Annotation a : type.getAnnotations()) {
                if (a.annotationType().getName().equals("jakarta.ws.rs.Path")) {
                    String t = ((String) a.annotationType().getMethod("value").invoke(a)).replaceAll("^/+|/+$", "");
                    Matcher param = Pattern.compile("\\{[^}]*}").matcher(t);
                    StringBuilder regex = new StringBuilder();
                    int last = 0;
                    while (param.find()) {
                        regex.append(Pattern.quote(t.substring(last, param.start()))).append("[^/]+");
                        last = param.end();
                    }
                    return regex.append(Pattern.quote(t.substring(last))).append("(/.*)?").toString();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
