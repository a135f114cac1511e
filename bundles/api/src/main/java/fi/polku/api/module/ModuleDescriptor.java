package fi.polku.api.module;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a module says about itself.
 *
 * @param moduleId a stable id, unique among installed modules, that municipalities' configuration
 *        names (e.g. {@code coaching-default}, {@code kotka-coaching-partner})
 * @param serviceType the service type it provides, one of {@link ServiceTypes} or a new kebab-case type
 * @param provider who produces the service (e.g. "Etelä-Kymenlaakson työllisyysalue", "Ekami")
 * @param productionMode how the area produces it
 * @param names its name for people, by language code: {@code fi} required, {@code sv} and {@code en} expected
 */
public record ModuleDescriptor(String moduleId, String serviceType, String provider, ProductionMode productionMode, Map<String, String> names) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ModuleDescriptor {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(productionMode, "productionMode");
        if (moduleId == null || !ID.matcher(moduleId).matches()) {
            throw new IllegalArgumentException("A module id is kebab-case letters and digits: " + moduleId);
        }
        if (serviceType == null || !ID.matcher(serviceType).matches()) {
            throw new IllegalArgumentException("A service type is kebab-case letters and digits: " + serviceType);
        }
        names = Map.copyOf(names);
        if (!names.containsKey("fi")) {
            throw new IllegalArgumentException("A module needs at least its Finnish name (fi): " + moduleId);
        }
    }
}
