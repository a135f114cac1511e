package fi.polku.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** Framework properties: where Felix keeps its cache, what FileInstall watches, the database. */
    static Map<String, String> properties(LauncherConfig config, Database.Connection db, boolean interactive) {
        Path home = config.home();
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, config.dataDir().resolve("felix-cache").toString());
        // Each launch installs the distribution afresh, so an upgraded installation never runs stale bundles.
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        // Jersey, HK2 and Hibernate's byte code tools look for these JDK internals when present.
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "sun.misc,sun.reflect");
        p.put("org.osgi.service.http.port", Integer.toString(config.httpPort()));
        p.put("org.apache.felix.http.host", "0.0.0.0");
        p.put("felix.fileinstall.dir", home.resolve("deploy") + "," + home.resolve("configs"));
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.log.level", "2");
        p.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config|cfg\\.json)");
        p.put("felix.log.level", "1");
        p.put("ds.loglevel", "warn");
        if (!interactive) {
            // Without a terminal the Gogo shell would read end-of-input and stop the framework.
            p.put("gosh.args", "--nointeractive");
        }
        p.put("polku.home", home.toString());
        p.put("polku.mode", config.mode().name().toLowerCase(java.util.Locale.ROOT));
        p.put("polku.db.url", db.url());
        p.put("polku.db.user", db.user());
        p.put("polku.db.password", db.password());
        return p;
    }

    static FelixRuntime start(Map<String, String> properties, Tiers tiers) throws LauncherException {
        Framework fw = new FrameworkFactory().newFramework(properties);
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
                throw new LauncherException(LauncherException.FRAMEWORK, "The bundles did not start within 120 s");
            }
            return new FelixRuntime(fw);
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
