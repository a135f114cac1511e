package fi.polku.web.internal.health;

import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import fi.polku.api.module.ModuleRouting;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/health}, open without login for load balancers and monitoring: UP (200) when
 * the database answers and every Polku bundle is active, else DOWN (503); with the installed
 * service modules and the municipalities' mappings to modules that are missing. It names
 * bundles, modules and checks, never people.
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

    public record Report(String status, Map<String, CheckResult> checks, List<BundleState> bundles, List<ModuleState> modules,
            List<ModuleFault> moduleFaults) {}

    /** An installed service module. */
    public record ModuleState(String id, String serviceType, String provider) {}

    /** A municipality's mapping to a module that is not there: the core keeps serving, admins must act. */
    public record ModuleFault(String municipalityCode, String serviceType, String moduleId) {}

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
    public Response health() {
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
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith(POLKU_PREFIX)) {
                BundleState s = new BundleState(b.getSymbolicName(), b.getVersion().toString(), state(b));
                bundles.add(s);
                up &= s.state().equals("ACTIVE") || (isFragment(b) && s.state().equals("RESOLVED"));
            }
        }
        bundles.sort(Comparator.comparing(BundleState::name));
        ModuleRouting r = routing;
        List<ModuleState> modules = r == null ? List.of() : r.installed().stream()
                .map(d -> new ModuleState(d.moduleId(), d.serviceType(), d.provider())).toList();
        List<ModuleFault> faults = r == null ? List.of() : r.routes().stream()
                .filter(x -> x.status() == ModuleRouting.Status.NOT_INSTALLED)
                .map(x -> new ModuleFault(x.municipalityCode(), x.serviceType(), x.moduleId().orElse(null))).toList();
        // A missing module is a fault to fix, not a platform that is down: the core and the other modules serve.
        Report report = new Report(up ? "UP" : "DOWN", results, bundles, modules, faults);
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(up ? 200 : 503).entity(report).cacheControl(noCache).build();
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
