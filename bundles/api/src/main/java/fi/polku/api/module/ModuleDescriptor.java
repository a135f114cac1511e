package fi.polku.api.module;

import fi.polku.api.i18n.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a module says about itself. Built with {@link #builder}:
 *
 * <pre>
 * ModuleDescriptor.builder("kotka-coaching-partner", ServiceTypes.COACHING)
 *         .provider("Valmennus Oy")
 *         .productionMode(ProductionMode.PURCHASED)
 *         .names(messages.texts("module.name"))
 *         .build();
 * </pre>
 */
public final class ModuleDescriptor {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String moduleId;
    private final String serviceType;
    private final String provider;
    private final ProductionMode productionMode;
    private final Map<String, String> names;

    private ModuleDescriptor(Builder b) {
        this.moduleId = b.moduleId;
        this.serviceType = b.serviceType;
        this.provider = Objects.requireNonNull(b.provider, "provider");
        this.productionMode = Objects.requireNonNull(b.productionMode, "productionMode");
        this.names = Texts.complete(b.names, "Module " + b.moduleId + "'s name");
    }

    /**
     * @param moduleId a stable id, unique among installed modules, that municipalities'
     *        configuration names (e.g. {@code coaching-default}, {@code kotka-coaching-partner})
     * @param serviceType the service type it provides, one of {@link ServiceTypes} or a new kebab-case type
     */
    public static Builder builder(String moduleId, String serviceType) {
        return new Builder(moduleId, serviceType);
    }

    public String moduleId() {
        return moduleId;
    }

    public String serviceType() {
        return serviceType;
    }

    /** Who produces the service (e.g. "Etelä-Kymenlaakson työllisyysalue", "Ekami"): a proper name, not translated. */
    public String provider() {
        return provider;
    }

    public ProductionMode productionMode() {
        return productionMode;
    }

    /** Its name for people by language tag: fi, sv and en at least. */
    public Map<String, String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleDescriptor d && moduleId.equals(d.moduleId) && serviceType.equals(d.serviceType)
                && provider.equals(d.provider) && productionMode == d.productionMode && names.equals(d.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(moduleId, serviceType, provider, productionMode, names);
    }

    @Override
    public String toString() {
        return "ModuleDescriptor[" + moduleId + ", " + serviceType + ", " + provider + ", " + productionMode + "]";
    }

    /** Builds a {@link ModuleDescriptor}; {@link #build()} checks it. */
    public static final class Builder {
        private final String moduleId;
        private final String serviceType;
        private @Nullable String provider;
        private @Nullable ProductionMode productionMode;
        private final Map<String, String> names = new LinkedHashMap<>();

        private Builder(String moduleId, String serviceType) {
            if (moduleId == null || !ID.matcher(moduleId).matches()) {
                throw new IllegalArgumentException("A module id is kebab-case letters and digits: " + moduleId);
            }
            if (serviceType == null || !ID.matcher(serviceType).matches()) {
                throw new IllegalArgumentException("A service type is kebab-case letters and digits: " + serviceType);
            }
            this.moduleId = moduleId;
            this.serviceType = serviceType;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder productionMode(ProductionMode productionMode) {
            this.productionMode = productionMode;
            return this;
        }

        /** Its names by language tag (fi, sv and en required). */
        public Builder names(Map<String, String> names) {
            this.names.putAll(names);
            return this;
        }

        public Builder name(String language, String name) {
            this.names.put(language, name);
            return this;
        }

        public ModuleDescriptor build() {
            return new ModuleDescriptor(this);
        }
    }
}
