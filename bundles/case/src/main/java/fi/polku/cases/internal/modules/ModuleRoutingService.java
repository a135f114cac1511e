package fi.polku.cases.internal.modules;

import fi.polku.api.module.ModuleRouting;
import fi.polku.api.module.ServiceModule;
import fi.polku.cases.internal.organisation.ConfiguredMunicipality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
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
@Component(service = ModuleRouting.class)
public final class ModuleRoutingService implements ModuleRouting {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRoutingService.class);

    private final List<ConfiguredMunicipality> municipalities = new CopyOnWriteArrayList<>();
    private final List<ServiceModule> modules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMunicipality(ConfiguredMunicipality m) {
        municipalities.add(m);
    }

    void removeMunicipality(ConfiguredMunicipality m) {
        municipalities.remove(m);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ServiceModule module) {
        String id = describe(module);
        if (id != null && modules.stream().anyMatch(m -> id.equals(describe(m)))) {
            LOG.error("Module id {} is already installed; the second registration is ignored until the first goes", id);
        }
        modules.add(module);
        LOG.info("Service module {} available", id);
    }

    void removeModule(ServiceModule module) {
        modules.remove(module);
        LOG.info("Service module {} gone", describe(module));
    }

    @Override
    public Route route(String municipalityCode, String serviceType) {
        Optional<ConfiguredMunicipality> m = municipalities.stream()
                .filter(x -> x.municipality().code().equals(municipalityCode)).findFirst();
        if (m.isEmpty()) {
            return new Route(municipalityCode, serviceType, Optional.empty(), Status.NOT_CONFIGURED, Optional.empty());
        }
        String moduleId = m.get().modules().get(serviceType);
        if (moduleId == null) {
            return new Route(municipalityCode, serviceType, Optional.empty(), Status.NOT_CONFIGURED, Optional.empty());
        }
        if (moduleId.isEmpty() || moduleId.equals("none")) {
            return new Route(municipalityCode, serviceType, Optional.empty(), Status.NOT_OFFERED, Optional.empty());
        }
        Optional<ServiceModule> module = byId(moduleId).filter(x -> serviceType.equals(x.descriptor().serviceType()));
        return new Route(municipalityCode, serviceType, Optional.of(moduleId),
                module.isPresent() ? Status.AVAILABLE : Status.NOT_INSTALLED, module);
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

    @Override
    public List<ServiceModule> installed() {
        return List.copyOf(modules);
    }

    /** The first registered module with the id (a duplicate waits until the first goes). */
    private Optional<ServiceModule> byId(String id) {
        return modules.stream().filter(m -> id.equals(describe(m))).findFirst();
    }

    /** A module's id, or null when its descriptor cannot be had: a broken module serves nobody. */
    private static String describe(ServiceModule m) {
        try {
            return m.descriptor().moduleId();
        } catch (RuntimeException e) {
            LOG.warn("A service module failed to describe itself: {}", e.toString());
            return null;
        }
    }
}
