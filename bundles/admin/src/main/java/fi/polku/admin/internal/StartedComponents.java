package fi.polku.admin.internal;

import java.util.Collection;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Whether Declarative Services has done what it can with a started bundle's components. A bundle
 * is active before its components are: a component that needs a service not there yet (a partner
 * module waiting for its schema to be migrated) registers nothing until it comes.
 */
final class StartedComponents {
    private StartedComponents() {}

    /**
     * True when no enabled component of the bundle waits for a reference. A component that waits
     * for its configuration is settled: many are factories that run once per configuration file.
     * Without the runtime service, a bundle with components is settled once it registered a service.
     */
    static boolean settled(ServiceComponentRuntime scr, Bundle bundle) {
        if (bundle.getHeaders().get("Service-Component") == null) {
            return true;
        }
        if (scr == null) {
            return bundle.getRegisteredServices() != null;
        }
        Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs(bundle);
        if (descriptions.isEmpty()) {
            return false; // the runtime has not read the bundle's components yet
        }
        for (ComponentDescriptionDTO d : descriptions) {
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    return false;
                }
            }
        }
        return true;
    }
}
