package fi.polku.admin.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.promise.Promise;

class StartedComponentsTest {
    private static final Bundle WITH_COMPONENTS = bundle(true);

    @Test
    void aComponentWaitingForAReferenceIsNotSettled() {
        Runtime scr = new Runtime(Map.of(
                "console", List.of(ComponentConfigurationDTO.ACTIVE),
                "module", List.of(ComponentConfigurationDTO.UNSATISFIED_REFERENCE)));
        assertFalse(StartedComponents.settled(scr, WITH_COMPONENTS));
    }

    @Test
    void activeSatisfiedAndConfigurationWaitingComponentsAreSettled() {
        Runtime scr = new Runtime(Map.of(
                "module", List.of(ComponentConfigurationDTO.ACTIVE),
                "resource", List.of(ComponentConfigurationDTO.SATISFIED),
                "per-file", List.of(ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION),
                "factory", List.of()));
        assertTrue(StartedComponents.settled(scr, WITH_COMPONENTS));
    }

    @Test
    void aDisabledComponentIsNotWaitedFor() {
        Runtime scr = new Runtime(Map.of("module", List.of(ComponentConfigurationDTO.UNSATISFIED_REFERENCE)));
        scr.disabled = true;
        assertTrue(StartedComponents.settled(scr, WITH_COMPONENTS));
    }

    @Test
    void componentsNotYetReadAreNotSettled() {
        assertFalse(StartedComponents.settled(new Runtime(Map.of()), WITH_COMPONENTS));
    }

    @Test
    void aBundleWithoutComponentsIsSettledAtOnce() {
        assertTrue(StartedComponents.settled(new Runtime(Map.of()), bundle(false)));
    }

    @Test
    void withoutTheRuntimeARegisteredServiceIsTheSign() {
        assertFalse(StartedComponents.settled(null, WITH_COMPONENTS));
    }

    /** A runtime that knows one bundle's components and their configurations' states. */
    private static final class Runtime implements ServiceComponentRuntime {
        private final Map<String, List<Integer>> states;
        boolean disabled;

        Runtime(Map<String, List<Integer>> states) {
            this.states = states;
        }

        @Override
        public Collection<ComponentDescriptionDTO> getComponentDescriptionDTOs(Bundle... bundles) {
            return states.keySet().stream().map(name -> {
                ComponentDescriptionDTO d = new ComponentDescriptionDTO();
                d.name = name;
                return d;
            }).toList();
        }

        @Override
        public ComponentDescriptionDTO getComponentDescriptionDTO(Bundle bundle, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Collection<ComponentConfigurationDTO> getComponentConfigurationDTOs(ComponentDescriptionDTO description) {
            return states.get(description.name).stream().map(state -> {
                ComponentConfigurationDTO c = new ComponentConfigurationDTO();
                c.state = state;
                return c;
            }).toList();
        }

        @Override
        public boolean isComponentEnabled(ComponentDescriptionDTO description) {
            return !disabled;
        }

        @Override
        public Promise<Void> enableComponent(ComponentDescriptionDTO description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Promise<Void> disableComponent(ComponentDescriptionDTO description) {
            throw new UnsupportedOperationException();
        }
    }

    /** A started bundle with or without a Service-Component header, which has registered no service. */
    private static Bundle bundle(boolean components) {
        Hashtable<String, String> headers = new Hashtable<>();
        if (components) {
            headers.put("Service-Component", "OSGI-INF/*.xml");
        }
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getHeaders" -> headers;
                    case "getRegisteredServices" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
