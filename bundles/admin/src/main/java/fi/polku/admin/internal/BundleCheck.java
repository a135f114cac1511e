package fi.polku.admin.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * Checks an uploaded file before it goes anywhere near the deploy folder: is it a bundle, does
 * it try to replace a platform bundle, and can everything it needs be found among the installed
 * bundles (a bundle built against another major version of Polku's API cannot). The check
 * installs the bundle under a temporary location without starting it, asks the framework for a
 * provider of each requirement, and uninstalls it again: the platform is left as it was.
 */
final class BundleCheck {

    /** The outcome: a symbolic name and version, or the reasons the bundle is refused. */
    record Result(String symbolicName, String version, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private BundleCheck() {}

    static Result check(BundleContext context, byte[] jar) {
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            manifest = in.getManifest();
        } catch (IOException e) {
            return refused("The file is not a jar (zip) file: " + e.getMessage());
        }
        if (manifest == null) {
            return refused("The file is a jar without META-INF/MANIFEST.MF, so not an OSGi bundle.");
        }
        String bsn = manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (bsn == null || !"2".equals(manifest.getMainAttributes().getValue(Constants.BUNDLE_MANIFESTVERSION))) {
            return refused("The jar is not an OSGi bundle: its manifest has no Bundle-SymbolicName or no Bundle-ManifestVersion: 2.");
        }
        String name = bsn.split(";")[0].trim();
        String version;
        try {
            version = Version.parseVersion(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION)).toString();
        } catch (IllegalArgumentException e) {
            return refused("Its Bundle-Version '" + manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION)
                    + "' is not an OSGi version (major.minor.micro.qualifier, e.g. 1.0.0 or 1.0.0.SNAPSHOT).");
        }
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName()) && b.getLocation().contains("/system/")) {
                return new Result(name, version, List.of("Bundle " + name + " is part of the platform and cannot be replaced by an upload."));
            }
        }
        Bundle probe;
        try {
            probe = context.installBundle("polku-check:" + UUID.randomUUID(), new ByteArrayInputStream(jar));
        } catch (BundleException e) {
            return new Result(name, version, List.of("The framework refused the bundle: " + e.getMessage()));
        }
        try {
            FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
            List<String> missing = new ArrayList<>();
            BundleRevision revision = probe.adapt(BundleRevision.class);
            for (BundleRequirement req : revision.getDeclaredRequirements(null)) {
                boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(req.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                boolean own = req.getNamespace().startsWith("osgi.wiring.host") || req.getNamespace().equals("osgi.ee");
                if (!optional && !own && wiring.findProviders(req).stream().noneMatch(c -> c.getRevision().getBundle() != probe)) {
                    missing.add("It needs " + req.getNamespace() + " " + req.getDirectives().getOrDefault("filter", "")
                            + ", which no installed bundle provides (built against another version of the API?).");
                }
            }
            return new Result(name, version, missing);
        } finally {
            try {
                probe.uninstall();
            } catch (BundleException e) {
                // Already gone.
            }
        }
    }

    private static Result refused(String why) {
        return new Result(null, null, List.of(why));
    }
}
