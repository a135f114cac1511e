package fi.polku.cases.internal.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

class PlatformStartTest {
    private final List<FrameworkListener> listeners = new ArrayList<>();

    @Test
    void activatedWhileTheLevelIsBeingRaisedItWaitsForTheRaisingToEnd() {
        PlatformStart start = new PlatformStart(context(4, 1, 4, 5));
        assertFalse(start.finished(), "a bundle of tier 5 is still to start");
        listeners.forEach(l -> l.frameworkEvent(new FrameworkEvent(FrameworkEvent.INFO, system(4), null)));
        assertFalse(start.finished(), "an event of another kind changes nothing");
        listeners.forEach(l -> l.frameworkEvent(new FrameworkEvent(FrameworkEvent.STARTLEVEL_CHANGED, system(5), null)));
        assertTrue(start.finished());
    }

    @Test
    void activatedAfterTheStartItIsFinishedAtOnce() {
        assertTrue(new PlatformStart(context(5, 1, 4, 5)).finished());
    }

    @Test
    void closingStopsListening() {
        new PlatformStart(context(4, 5)).close();
        assertTrue(listeners.isEmpty());
    }

    /** A framework at start level {@code active} with bundles at the levels given. */
    private BundleContext context(int active, int... levels) {
        List<Bundle> bundles = new ArrayList<>();
        bundles.add(system(active));
        for (int level : levels) {
            bundles.add(bundle(level));
        }
        return proxy(BundleContext.class, (name, args) -> switch (name) {
            case "addFrameworkListener" -> listeners.add((FrameworkListener) args[0]);
            case "removeFrameworkListener" -> listeners.remove(args[0]);
            case "getBundle" -> bundles.get(0);
            case "getBundles" -> bundles.toArray(new Bundle[0]);
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private static Bundle system(int active) {
        FrameworkStartLevel level = proxy(FrameworkStartLevel.class, (name, args) -> switch (name) {
            case "getStartLevel" -> active;
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(Bundle.class, (name, args) -> switch (name) {
            case "adapt" -> args[0] == FrameworkStartLevel.class ? level : startLevel(0);
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private static Bundle bundle(int level) {
        return proxy(Bundle.class, (name, args) -> switch (name) {
            case "adapt" -> startLevel(level);
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private static BundleStartLevel startLevel(int level) {
        return proxy(BundleStartLevel.class, (name, args) -> switch (name) {
            case "getStartLevel" -> level;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> answer.answer(m.getName(), args));
    }
}
