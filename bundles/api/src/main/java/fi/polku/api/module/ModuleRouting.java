package fi.polku.api.module;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/** Which module serves a municipality's residents for a service type. Provided by the core. */
@ProviderType
public interface ModuleRouting {

    /** Why a route leads to a module or not. */
    enum Status {
        /** The mapped module is installed and serves. */
        AVAILABLE,
        /** The municipality maps the type to no module: the service is not offered there. */
        NOT_OFFERED,
        /** The municipality's configuration says nothing about the type. */
        NOT_CONFIGURED,
        /** The mapped module is not installed (or not running): a fault for admins. */
        NOT_INSTALLED
    }

    /**
     * The route for one municipality and type: ids and status only. The core alone calls the
     * module; no bundle gets another bundle's service object through the route.
     */
    final class Route {
        private final String municipalityCode;
        private final String serviceType;
        private final @Nullable String moduleId;
        private final Status status;

        private Route(String municipalityCode, String serviceType, @Nullable String moduleId, Status status) {
            this.municipalityCode = Objects.requireNonNull(municipalityCode, "municipalityCode");
            this.serviceType = Objects.requireNonNull(serviceType, "serviceType");
            this.moduleId = moduleId;
            this.status = Objects.requireNonNull(status, "status");
        }

        /** Made by the core. */
        public static Route of(String municipalityCode, String serviceType, @Nullable String moduleId, Status status) {
            return new Route(municipalityCode, serviceType, moduleId, status);
        }

        public String municipalityCode() {
            return municipalityCode;
        }

        public String serviceType() {
            return serviceType;
        }

        /** The mapped module id; empty for {@link Status#NOT_OFFERED} and {@link Status#NOT_CONFIGURED}. */
        public Optional<String> moduleId() {
            return Optional.ofNullable(moduleId);
        }

        public Status status() {
            return status;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Route r && municipalityCode.equals(r.municipalityCode) && serviceType.equals(r.serviceType)
                    && Objects.equals(moduleId, r.moduleId) && status == r.status;
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipalityCode, serviceType, moduleId, status);
        }

        @Override
        public String toString() {
            return "Route[" + municipalityCode + " " + serviceType + " -> " + moduleId + " " + status + "]";
        }
    }

    Route route(String municipalityCode, String serviceType);

    /** Every configured route of the area, municipality by municipality. */
    List<Route> routes();

    /** The installed modules, as they described themselves when they came. */
    List<ModuleDescriptor> installed();
}
