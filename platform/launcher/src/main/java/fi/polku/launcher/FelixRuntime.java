package fi.polku.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/** Apache Felix, embedded: installs the tiers and raises the start level through them. */
final class FelixRuntime {
    private final Framework framework;

    private FelixRuntime(Framework framework) {
        this.framework = framework;
    }

    /** A framework that is not started yet: it can be stopped from the moment it exists. */
    static FelixRuntime create(Map<String, String> properties) {
        return new FelixRuntime(new FrameworkFactory().newFramework(properties));
    }

    /** Installs the tiers and raises the start level through them. */
    void start(Tiers tiers) throws LauncherException {
        Framework fw = framework;
        try {
            fw.init();
            BundleContext ctx = fw.getBundleContext();
            List<Bundle> toStart = new ArrayList<>();
            for (Tiers.Tier tier : tiers.tiers()) {
                for (Path jar : tier.bundles()) {
                    Bundle b = ctx.installBundle(jar.toUri().toString());
                    b.adapt(BundleStartLevel.class).setStartLevel(tier.startLevel());
                    if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                        toStart.add(b);
                    }
                }
            }
            fw.start();
            for (Bundle b : toStart) {
                // Marks the bundle to start; it actually starts when the start level reaches its tier.
                b.start(Bundle.START_ACTIVATION_POLICY);
            }
            CountDownLatch reached = new CountDownLatch(1);
            fw.adapt(FrameworkStartLevel.class).setStartLevel(tiers.highestLevel(), event -> {
                if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                    reached.countDown();
                }
            });
            if (!reached.await(120, TimeUnit.SECONDS)) {
                stopQuietly(fw);
                throw new LauncherException(LauncherException.FRAMEWORK, "The bundles did not start within 120 s");
            }
        } catch (BundleException e) {
            stopQuietly(fw);
            throw new LauncherException(LauncherException.FRAMEWORK, "Cannot start the OSGi framework: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopQuietly(fw);
            throw new LauncherException(LauncherException.FRAMEWORK, "Interrupted while starting");
        }
    }

    /** Bundles that should run but do not: reported at start so an admin sees them at once. */
    List<String> inactiveBundles() {
        List<String> result = new ArrayList<>();
        for (Bundle b : framework.getBundleContext().getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && b.getState() != Bundle.ACTIVE) {
                result.add(b.getSymbolicName() + " " + b.getVersion());
            }
        }
        return result;
    }

    int bundleCount() {
        return framework.getBundleContext().getBundles().length;
    }

    /** Blocks until the framework stops, whether by {@link #stop} or a Gogo {@code stop 0}. */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    void stop() {
        stopQuietly(framework);
    }

    private static void stopQuietly(Framework fw) {
        try {
            fw.stop();
            FrameworkEvent e = fw.waitForStop(60_000);
            if (e.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("polku: the framework did not stop within 60 s");
            }
        } catch (BundleException e) {
            System.err.println("polku: stopping the framework failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
