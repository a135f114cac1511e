package fi.polku.web.internal.health;

import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import com.fasterxml.jackson.annotation.JsonInclude;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.module.ServiceModule;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/health}, open without login for load balancers and monitoring: UP (200) when
 * the database answers, every check is UP and every bundle of the core is active, else DOWN
 * (503). Service modules are not the core: a module stopped, missing or with unsatisfied
 * components is a fault for the IT admin, and the core keeps serving (a load balancer must not
 * take the whole of Polku offline for one module).
 *
 * <p>An anonymous caller learns only UP or DOWN per check; a signed-in member of staff also gets
 * the details: bundles with versions, modules, faults and Declarative Services components that
 * are not satisfied. It names bundles, modules and checks, never people.
 */
@Component(service = HealthResource.class)
@JakartarsResource
@JSONRequired
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    /** Polku's own bundles; third-party libraries have no place in the health answer. */
    static final String POLKU_PREFIX = "fi.polku.";
    private static final long CHECK_TIMEOUT_MS = 3_000;

    public record BundleState(String name, String version, String state) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String status, Map<String, CheckResult> checks, List<BundleState> bundles, List<ModuleState> modules,
            List<ModuleFault> moduleFaults, List<BundleState> stoppedModules, List<ComponentFault> components) {}

    /** A Declarative Services component of a Polku bundle that does not run, and why. */
    public record ComponentFault(String bundle, String component, String state, List<String> unsatisfiedReferences) {}

    /** An installed service module. */
    public record ModuleState(String id, String serviceType, String provider) {}

    /** A municipality's mapping to a module that is not there: the core keeps serving, admins must act. */
    public record ModuleFault(String municipalityCode, String serviceType, String moduleId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckResult(String status, String detail) {}

    private final BundleContext context;
    private final List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();
    /** Checks run here with a time limit, so one hanging check cannot hang the endpoint. */
    private final ExecutorService checks = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "polku-health");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public HealthResource(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModuleRouting routing;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(HealthIndicator indicator) {
        indicators.add(indicator);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator);
    }

    @Deactivate
    void close() {
        checks.shutdownNow();
    }

    @GET
    public Response health(@Context SecurityContext caller) {
        Map<String, CheckResult> results = new LinkedHashMap<>();
        boolean up = true;
        if (indicators.stream().noneMatch(i -> "database".equals(i.name()))) {
            results.put("database", new CheckResult("DOWN", "no database connection pool is running"));
            up = false;
        }
        List<HealthIndicator> sorted = new ArrayList<>(indicators);
        sorted.sort(Comparator.comparing(HealthIndicator::name));
        for (HealthIndicator indicator : sorted) {
            Health h = run(indicator);
            results.put(indicator.name(), new CheckResult(h.status().name(), h.detail()));
            up &= h.status() == Health.Status.UP;
        }
        List<BundleState> bundles = new ArrayList<>();
        List<BundleState> stoppedModules = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith(POLKU_PREFIX)) {
                BundleState s = new BundleState(b.getSymbolicName(), b.getVersion().toString(), state(b));
                bundles.add(s);
                boolean running = s.state().equals("ACTIVE") || (isFragment(b) && s.state().equals("RESOLVED"));
                if (isServiceModule(b)) {
                    if (!running) {
                        stoppedModules.add(s);
                    }
                } else {
                    up &= running;
                }
            }
        }
        bundles.sort(Comparator.comparing(BundleState::name));
        List<ComponentFault> components = componentFaults();
        // A core component that failed to activate leaves the core unable to serve.
        up &= components.stream().noneMatch(c -> c.state().equals("FAILED_ACTIVATION") && !isServiceModule(c.bundle()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        int status = up ? 200 : 503;
        if (caller.getUserPrincipal() == null) {
            // Enough for a load balancer; versions and layout are for the staff.
            Map<String, CheckResult> bare = new LinkedHashMap<>();
            results.forEach((name, r) -> bare.put(name, new CheckResult(r.status(), null)));
            return Response.status(status).entity(new Report(up ? "UP" : "DOWN", bare, null, null, null, null, null)).cacheControl(noStore).build();
        }
        ModuleRouting r = routing;
        List<ModuleState> modules = r == null ? List.of() : r.installed().stream()
                .map(d -> new ModuleState(d.moduleId(), d.serviceType(), d.provider())).toList();
        List<ModuleFault> faults = r == null ? List.of() : r.routes().stream()
                .filter(x -> x.status() == ModuleRouting.Status.NOT_INSTALLED)
                .map(x -> new ModuleFault(x.municipalityCode(), x.serviceType(), x.moduleId().orElse(null))).toList();
        Report report = new Report(up ? "UP" : "DOWN", results, bundles, modules, faults, stoppedModules, components);
        return Response.status(status).entity(report).cacheControl(noStore).build();
    }

    /**
     * Components of Polku's bundles that are not running: a reference with no service, or an
     * activation that failed. Components that wait for a configuration are not faults: many are
     * factories that run once per configuration file.
     */
    private List<ComponentFault> componentFaults() {
        ServiceComponentRuntime runtime = scr;
        if (runtime == null) {
            return List.of();
        }
        List<ComponentFault> faults = new ArrayList<>();
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
            if (d.bundle == null || d.bundle.symbolicName == null || !d.bundle.symbolicName.startsWith(POLKU_PREFIX)) {
                continue;
            }
            for (ComponentConfigurationDTO c : runtime.getComponentConfigurationDTOs(d)) {
                String state = switch (c.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
                    default -> null;
                };
                if (state != null) {
                    List<String> missing = c.unsatisfiedReferences == null ? List.of()
                            : Arrays.stream(c.unsatisfiedReferences).map(u -> u.name).toList();
                    faults.add(new ComponentFault(d.bundle.symbolicName, d.name, state, missing));
                }
            }
        }
        faults.sort(Comparator.comparing(ComponentFault::bundle).thenComparing(ComponentFault::component));
        return faults;
    }

    private boolean isServiceModule(String symbolicName) {
        return Arrays.stream(context.getBundles()).anyMatch(b -> symbolicName.equals(b.getSymbolicName()) && isServiceModule(b));
    }

    /**
     * A bundle that declares a {@code ServiceModule} service (bnd writes the capability for every
     * DS component into the manifest), so it is known as a module even while stopped.
     */
    static boolean isServiceModule(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        if (revision == null) {
            return false;
        }
        for (Capability c : revision.getDeclaredCapabilities("osgi.service")) {
            Object classes = c.getAttributes().get("objectClass");
            if (classes instanceof List<?> list && list.contains(ServiceModule.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private Health run(HealthIndicator indicator) {
        Future<Health> f = checks.submit(indicator::check);
        try {
            return f.get(CHECK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return Health.down("no answer within " + CHECK_TIMEOUT_MS + " ms");
        } catch (ExecutionException e) {
            return Health.down("check failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down("interrupted");
        }
    }

    private static boolean isFragment(Bundle b) {
        return b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
