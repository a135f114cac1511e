package fi.polku.console.internal;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.i18n.Messages;
import fi.polku.api.i18n.Texts;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import fi.polku.api.rest.Problem;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/console/contributions[?municipality=kotka]}: what the console shows this user
 * now. Contributors come and go with their bundles (dynamic references), so a page reload shows
 * a started or stopped bundle without a restart.
 */
@Component(service = ContributionsResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/console/contributions")
@Produces(MediaType.APPLICATION_JSON)
public final class ContributionsResource {
    private static final Logger LOG = LoggerFactory.getLogger(ContributionsResource.class);
    private static final Pattern MUNICIPALITY = Pattern.compile("[a-z0-9-]{1,40}");

    /**
     * A contribution as the console gets it; {@code texts} are the contributing bundle's console
     * texts ({@code console.*} keys of its catalogue) in the request's language, which its script
     * reads with {@code context.text(key)}.
     */
    public record View(String id, String slot, Map<String, String> labels, String script, String moduleId, int order,
            Map<String, String> texts) {}

    /** A contributor and the bundle that registered it: on an id clash the lower bundle id wins, whatever the bind order. */
    private record Registered(ConsoleContributor contributor, Bundle bundle) {
        long bundleId() {
            return bundle.getBundleId();
        }
    }

    private final BundleTexts texts = new BundleTexts();

    private final List<Registered> contributors = new CopyOnWriteArrayList<>();

    @Reference
    private Messages messages;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleRouting routing;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(ConsoleContributor contributor, ServiceReference<ConsoleContributor> ref) {
        contributors.add(new Registered(contributor, ref.getBundle()));
    }

    void removeContributor(ConsoleContributor contributor, ServiceReference<ConsoleContributor> ref) {
        contributors.removeIf(r -> r.contributor() == contributor);
        texts.forget(ref.getBundle().getBundleId());
    }

    @GET
    public List<View> list(@QueryParam("municipality") String municipality, @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Texts.fromAcceptLanguage(acceptLanguage);
        PolkuUser user = Caller.require(security.getUserPrincipal());
        if (municipality != null && !MUNICIPALITY.matcher(municipality).matches()) {
            throw Problem.invalid().field("municipality", messages.texts("municipality-form")).build();
        }
        List<Contribution> all = new ArrayList<>();
        Map<Contribution, Bundle> from = new java.util.IdentityHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Registered registered : contributors.stream().sorted(java.util.Comparator.comparingLong(Registered::bundleId)).toList()) {
            ConsoleContributor contributor = registered.contributor();
            try {
                for (Contribution c : contributor.contributions()) {
                    if (!contributor.visibleTo(c, user)) {
                        continue; // the contributor's own narrowing, within the roles (checked again below)
                    }
                    if (seen.add(c.id())) { // the lowest bundle id keeps an id; a clash must not hide the console
                        all.add(c);
                        from.put(c, registered.bundle());
                    } else {
                        LOG.warn("Two console contributions share the id {}; the later one ({}) is left out", c.id(), c.script());
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("A console contributor failed and is left out: {}", contributor.getClass().getName(), e);
            }
        }
        return VisibleContributions.of(all, user, routing, municipality).stream()
                .map(c -> new View(c.id(), c.slot().id(), c.labels(), c.script(), c.moduleId().orElse(null), c.order(),
                        texts.of(from.get(c), language)))
                .toList();
    }
}
