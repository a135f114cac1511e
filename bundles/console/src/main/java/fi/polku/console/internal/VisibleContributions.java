package fi.polku.console.internal;

import fi.polku.api.console.Contribution;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.module.ModuleRouting.Route;
import fi.polku.api.security.PolkuUser;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which contributions a user sees: those for one of the user's roles, and of a module's only
 * where the module serves. With a municipality (a customer's page) the municipality must route
 * the module's type to that very module; without one, the module must serve somewhere.
 */
final class VisibleContributions {
    private VisibleContributions() {}

    static List<Contribution> of(Collection<Contribution> all, PolkuUser user, ModuleRouting routing, String municipality) {
        Map<String, ModuleDescriptor> installed = routing == null ? Map.of()
                : routing.installed().stream().collect(Collectors.toMap(ModuleDescriptor::moduleId, Function.identity(), (a, b) -> a));
        List<Route> routes = routing == null ? List.of() : routing.routes();
        return all.stream()
                .filter(c -> c.roles().stream().anyMatch(user::hasRole))
                .filter(c -> c.moduleId().map(id -> serves(id, installed.get(id), routes, municipality)).orElse(true))
                .sorted(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id))
                .toList();
    }

    private static boolean serves(String moduleId, ModuleDescriptor module, List<Route> routes, String municipality) {
        if (module == null) {
            return false; // the module is not running: its tab would only fail
        }
        return routes.stream().anyMatch(r -> r.status() == ModuleRouting.Status.AVAILABLE
                && r.serviceType().equals(module.serviceType())
                && r.moduleId().filter(moduleId::equals).isPresent()
                && (municipality == null || r.municipalityCode().equals(municipality)));
    }
}
