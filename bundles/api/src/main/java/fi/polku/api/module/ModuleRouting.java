package fi.polku.api.module;

import java.util.List;
import java.util.Optional;
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
     * The route for one municipality and type.
     *
     * @param moduleId the mapped module id; empty for {@link Status#NOT_OFFERED} and {@link Status#NOT_CONFIGURED}
     * @param module the module when {@link Status#AVAILABLE}
     */
    record Route(String municipalityCode, String serviceType, Optional<String> moduleId, Status status, Optional<ServiceModule> module) {}

    Route route(String municipalityCode, String serviceType);

    /** Every configured route of the area, municipality by municipality. */
    List<Route> routes();

    /** The installed modules, as they described themselves when they came. */
    List<ModuleDescriptor> installed();
}
