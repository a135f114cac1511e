package fi.polku.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Apache Felix with only the distribution's first three tiers (logging, DS, Config Admin,
 * FileInstall, Gogo; Jetty, Jersey and the Jakarta RESTful whiteboard, Jackson): no database, no
 * Polku bundle. Run by {@link ColdStartBenchmark} in a JVM of its own, as the floor of a cold start.
 * Arguments: the distribution's {@code system} folder, the HTTP port, a framework storage folder.
 */
public final class BareFelix {
    private BareFelix() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, args[2]);
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "sun.misc,sun.reflect");
        p.put("org.osgi.service.http.port", args[1]);
        p.put("org.apache.felix.http.host", "localhost");
        p.put("gosh.args", "--nointeractive");
        Framework felix = new org.apache.felix.framework.FrameworkFactory().newFramework(p);
        felix.start();
        List<Bundle> installed = new ArrayList<>();
        for (String tier : List.of("1-boot", "2-osgi", "3-web")) {
            try (Stream<Path> jars = Files.list(Path.of(args[0], tier))) {
                for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                    installed.add(felix.getBundleContext().installBundle(jar.toUri().toString()));
                }
            }
        }
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
        System.out.println("bare Felix started with " + installed.size() + " bundles from " + new File(args[0]));
        felix.waitForStop(0);
    }
}
