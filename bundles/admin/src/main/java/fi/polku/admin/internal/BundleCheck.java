package fi.polku.admin.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import fi.polku.api.i18n.Messages;
import java.util.List;
import java.util.Map;
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
    /** {@code problems}: what is wrong, each by language. */
    record Result(String symbolicName, String version, List<Map<String, String>> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private BundleCheck() {}

    static Result check(BundleContext context, byte[] jar, Messages m) {
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            manifest = in.getManifest();
        } catch (IOException e) {
            return refused(m.texts("check.not-a-jar", e.getMessage()));
        }
        if (manifest == null) {
            return refused(m.texts("check.no-manifest"));
        }
        String bsn = manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (bsn == null || !"2".equals(manifest.getMainAttributes().getValue(Constants.BUNDLE_MANIFESTVERSION))) {
            return refused(m.texts("check.not-a-bundle"));
        }
        String name = bsn.split(";")[0].trim();
        String version;
        try {
            version = Version.parseVersion(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION)).toString();
        } catch (IllegalArgumentException e) {
            return refused(m.texts("check.bad-version", manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION)));
        }
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName()) && b.getLocation().contains("/system/")) {
                return new Result(name, version, List.of(m.texts("check.platform", name)));
            }
        }
        Bundle probe;
        try {
            probe = context.installBundle("polku-check:" + UUID.randomUUID(), new ByteArrayInputStream(jar));
        } catch (BundleException e) {
            return new Result(name, version, List.of(m.texts("check.framework-refused", e.getMessage())));
        }
        try {
            FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
            List<Map<String, String>> missing = new ArrayList<>();
            BundleRevision revision = probe.adapt(BundleRevision.class);
            for (BundleRequirement req : revision.getDeclaredRequirements(null)) {
                boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(req.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                boolean own = req.getNamespace().startsWith("osgi.wiring.host") || req.getNamespace().equals("osgi.ee");
                // A service the bundle registers for its own components (a store its module and resource share) needs nobody else.
                boolean selfServed = req.getNamespace().equals("osgi.service")
                        && revision.getDeclaredCapabilities("osgi.service").stream().anyMatch(req::matches);
                if (!optional && !own && !selfServed && wiring.findProviders(req).stream().noneMatch(c -> c.getRevision().getBundle() != probe)) {
                    missing.add(m.texts("check.missing", req.getNamespace(), req.getDirectives().getOrDefault("filter", "")));
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

    private static Result refused(Map<String, String> why) {
        return new Result(null, null, List.of(why));
    }
}
