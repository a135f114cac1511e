package fi.polku.cases.internal.modules;

import fi.polku.api.i18n.Texts;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.module.ServiceModule;
import fi.polku.cases.internal.organisation.ConfiguredMunicipality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a municipality's residents to the module its configuration names for a service type.
 * Modules come and go as their bundles start and stop; the answer follows at once, and a
 * missing module is a status, never an exception.
 */
@Component(service = {ModuleRouting.class, ModuleRoutingService.class})
public final class ModuleRoutingService implements ModuleRouting {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRoutingService.class);

    /** A module and the descriptor it gave when it came: the contract says it never changes. */
    private record Installed(ServiceModule module, ModuleDescriptor descriptor, long bundleId) {}

    private static final long DESCRIBE_TIMEOUT_MS = 2_000;
    /** How long a caseworker's request waits for a module at most. */
    static final long CALL_TIMEOUT_MS = 3_000;

    private final List<ConfiguredMunicipality> municipalities = new CopyOnWriteArrayList<>();
    private final List<Installed> modules = new CopyOnWriteArrayList<>();
    /** Module calls run here, with a time limit: a module that hangs cannot hang the caller. */
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "polku-module-call");
        t.setDaemon(true);
        return t;
    });

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMunicipality(ConfiguredMunicipality m) {
        municipalities.add(m);
    }

    void removeMunicipality(ConfiguredMunicipality m) {
        municipalities.remove(m);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ServiceModule module, java.util.Map<String, Object> properties) {
        ModuleDescriptor d = describe(module);
        if (d == null) {
            return; // logged: a module that cannot say what it is serves nobody
        }
        if (modules.stream().anyMatch(m -> m.descriptor().moduleId().equals(d.moduleId()))) {
            LOG.error("Module id {} is already installed; the second registration waits until the first goes", d.moduleId());
        }
        Object bundle = properties.get(org.osgi.framework.Constants.SERVICE_BUNDLEID);
        modules.add(new Installed(module, d, bundle instanceof Long l ? l : -1));
        LOG.info("Service module {} ({}) available", d.moduleId(), d.serviceType());
    }

    void removeModule(ServiceModule module) {
        modules.removeIf(m -> m.module() == module);
        LOG.info("Service module gone: {}", module.getClass().getName());
    }

    @Deactivate
    void stop() {
        calls.shutdownNow();
    }

    @Override
    public Route route(String municipalityCode, String serviceType) {
        Optional<ConfiguredMunicipality> m = municipalities.stream()
                .filter(x -> x.municipality().code().equals(municipalityCode)).findFirst();
        if (m.isEmpty()) {
            return Route.of(municipalityCode, serviceType, null, Status.NOT_CONFIGURED);
        }
        String moduleId = m.get().modules().get(serviceType);
        if (moduleId == null) {
            return Route.of(municipalityCode, serviceType, null, Status.NOT_CONFIGURED);
        }
        if (moduleId.isEmpty() || moduleId.equals("none")) {
            return Route.of(municipalityCode, serviceType, null, Status.NOT_OFFERED);
        }
        Optional<Installed> module = byId(moduleId).filter(x -> serviceType.equals(x.descriptor().serviceType()));
        return Route.of(municipalityCode, serviceType, moduleId, module.isPresent() ? Status.AVAILABLE : Status.NOT_INSTALLED);
    }

    @Override
    public List<Route> routes() {
        List<Route> all = new ArrayList<>();
        for (ConfiguredMunicipality m : municipalities.stream().sorted(Comparator.comparing(x -> x.municipality().code())).toList()) {
            for (Map.Entry<String, String> e : m.modules().entrySet()) {
                all.add(route(m.municipality().code(), e.getKey()));
            }
        }
        return all;
    }

    /** A module call that failed or took too long: the module did not answer, the caller goes on. */
    public static final class ModuleUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String refusal;

        ModuleUnavailableException(String message) {
            this(message, null);
        }

        ModuleUnavailableException(String message, String refusal) {
            super(message);
            this.refusal = refusal;
        }

        /**
         * The kind of exception the module threw (its class name, never its message, which may
         * name a person), or null when it was not there or did not answer in time: only a module
         * that answered with an exception refused this very call.
         */
        public String refusal() {
            return refusal;
        }
    }

    /**
     * Asks a module whether it can serve a customer, with a time limit: a module that throws or
     * hangs answers nothing, and the caller gets {@link ModuleUnavailableException} in time.
     */
    public Eligibility eligibility(String moduleId, ReferralSubject subject) {
        ServiceModule module = byId(moduleId).map(Installed::module).orElseThrow(() -> new ModuleUnavailableException("not installed"));
        Eligibility e = call(module, () -> module.eligibility(subject), "an eligibility check");
        if (e == null) {
            throw new ModuleUnavailableException("the module gave no answer");
        }
        return e;
    }

    /**
     * Tells the installed module with the id of a referral event, with the same time limit.
     *
     * @throws ModuleUnavailableException when the module is not installed, fails or is too slow: the event was not delivered
     */
    public void referralChanged(String moduleId, fi.polku.api.module.ReferralEvent event) {
        ServiceModule module = byId(moduleId).map(Installed::module).orElseThrow(() -> new ModuleUnavailableException("not installed"));
        call(module, () -> {
            module.referralChanged(event);
            return null;
        }, "a referral event");
    }

    private <T> T call(ServiceModule module, java.util.concurrent.Callable<T> work, String what) {
        Future<T> f = calls.submit(work);
        try {
            return f.get(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            LOG.error("Service module {} did not answer {} within {} ms", module.getClass().getName(), what, CALL_TIMEOUT_MS);
            throw new ModuleUnavailableException("the module did not answer in time");
        } catch (ExecutionException e) {
            LOG.error("Service module {} failed {}: {}", module.getClass().getName(), what, e.getCause().getClass().getName());
            throw new ModuleUnavailableException("the module failed", e.getCause().getClass().getName());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new ModuleUnavailableException("the platform is stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleUnavailableException("interrupted");
        }
    }

    /** How the area produces a module's service, from its descriptor; null when no such module is installed. */
    public fi.polku.api.module.ProductionMode productionMode(String moduleId) {
        return byId(moduleId).map(m -> m.descriptor().productionMode()).orElse(null);
    }

    /** A module's name in a language, from its descriptor. */
    public String name(String moduleId, String language) {
        return byId(moduleId).map(m -> Texts.in(m.descriptor().names(), language)).orElse(null);
    }

    @Override
    public List<ModuleDescriptor> installed() {
        return modules.stream().map(Installed::descriptor).toList();
    }

    /** The bundle that registers a module now; -1 when none does. */
    public long bundleOf(String moduleId) {
        return byId(moduleId).map(Installed::bundleId).orElse(-1L);
    }

    /** The ids of the modules that a bundle registers now: the referrals it may act on. */
    public java.util.Set<String> moduleIdsOf(long bundleId) {
        return modules.stream().filter(m -> m.bundleId() == bundleId).map(m -> m.descriptor().moduleId())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The first registered module with the id (a duplicate waits until the first goes). */
    private Optional<Installed> byId(String id) {
        return modules.stream().filter(m -> id.equals(m.descriptor().moduleId())).findFirst();
    }

    /** The module's descriptor, asked once with a time limit; null when it throws, hangs or gives none. */
    private ModuleDescriptor describe(ServiceModule m) {
        Future<ModuleDescriptor> f = calls.submit(m::descriptor);
        try {
            ModuleDescriptor d = f.get(DESCRIBE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (d == null) {
                LOG.error("Service module {} gave no descriptor; it is not used", m.getClass().getName());
            }
            return d;
        } catch (TimeoutException e) {
            f.cancel(true);
            LOG.error("Service module {} did not describe itself within {} ms; it is not used", m.getClass().getName(), DESCRIBE_TIMEOUT_MS);
        } catch (ExecutionException e) {
            LOG.error("Service module {} failed to describe itself ({}); it is not used", m.getClass().getName(), e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
