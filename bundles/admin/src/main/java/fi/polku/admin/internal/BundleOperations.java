package fi.polku.admin.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * What an IT admin does to bundles, the same through REST and the Gogo shell, each act audited:
 * install from a checked jar (into the deploy folder, where FileInstall installs and starts it,
 * so it survives a restart like any bundle dropped there by hand), update a deployed bundle in
 * place, stop and start, uninstall. Platform bundles ({@code system/}) are not touched, except
 * that the distribution's own service modules ({@code system/5-modules}) may be stopped and
 * started.
 */
@Component(service = BundleOperations.class)
public final class BundleOperations {
    private static final long START_WAIT_MS = 20_000;
    /** How long an active bundle's answer waits for its start to be heard and its components: then it is answered as it is. */
    private static final long COMPONENTS_WAIT_MS = 10_000;

    public record BundleView(long id, String symbolicName, String version, String state, String kind, String file) {}

    /** An install or update that went through: {@code updated} when a deployed bundle got a new version. */
    public record Installed(BundleView bundle, boolean updated) {}

    private final BundleContext context;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;
    private final AuditLog audit;
    private final Path deploy;
    private final Messages messages;

    @Activate
    public BundleOperations(BundleContext context, @Reference AuditLog audit, @Reference Messages messages) {
        this.context = context;
        this.audit = audit;
        this.messages = messages;
        String dir = context.getProperty("polku.deploy.dir");
        this.deploy = dir == null ? null : Path.of(dir);
    }

    /** A refusal whose code is its message's key: 400 a bad bundle, 404 none, 409 not allowed. */
    private Problem refused(int status, String key, Object... args) {
        return Problem.of(status, key, messages.texts(key, args));
    }

    public List<BundleView> list() {
        return Arrays.stream(context.getBundles()).map(this::view).sorted(Comparator.comparing(BundleView::id)).toList();
    }

    /** Installs the jar, or updates the deployed bundle of the same name in place. */
    public synchronized Installed install(byte[] jar, String file, PolkuUser user) { // one upload at a time: each keeps its own backup
        if (deploy == null) {
            throw refused(400, "no-deploy-folder");
        }
        if (jar == null || jar.length == 0) {
            throw refused(400, "no-jar");
        }
        BundleCheck.Result check = BundleCheck.check(context, jar, messages);
        if (!check.ok()) {
            audit.record(user, null, "bundle.refused", (check.symbolicName() == null ? "upload" : check.symbolicName()) + ": "
                    + check.problems().get(0).get("en"));
            Map<String, String> all = new java.util.TreeMap<>();
            check.problems().get(0).keySet().forEach(language -> all.put(language,
                    String.join(" ", check.problems().stream().map(p -> p.get(language)).toList())));
            throw Problem.of(400, "bundle-refused", messages.texts("bundle-refused", all));
        }
        // A bundle already deployed under this name is updated in place: FileInstall sees its file
        // change and updates the bundle (same id, new version); the old file is kept until the new one runs.
        Bundle previous = deployedNamed(check.symbolicName());
        Path target = previous != null ? fileOf(previous)
                : deploy.resolve(check.symbolicName().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + check.version() + ".jar");
        String previousVersion = previous == null ? null : previous.getVersion().toString();
        // An update keeps the bundle's state: a stopped bundle stays stopped with its new version.
        int expected = previous == null || previous.getState() == Bundle.ACTIVE ? Bundle.ACTIVE : Bundle.RESOLVED;
        byte[] backup = previous == null ? null : readQuietly(target);
        // Asynchronous listeners hear that a bundle started only after the synchronous ones, Declarative Services among them,
        // have activated its components and bound their services (a module to the core's routing): then it serves.
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        BundleListener onStart = e -> {
            Bundle s = e.getBundle();
            if (e.getType() == BundleEvent.STARTED && check.symbolicName().equals(s.getSymbolicName())
                    && check.version().equals(s.getVersion().toString())) {
                started.set(true);
            }
        };
        context.addBundleListener(onStart);
        Bundle b;
        try {
            write(target, jar);
            b = await(check.symbolicName(), check.version(), expected, started);
        } finally {
            context.removeBundleListener(onStart);
        }
        if (b == null || b.getState() != expected) {
            if (backup != null) {
                write(target, backup); // the running version comes back
            } else {
                deleteQuietly(target);
            }
            audit.record(user, null, "bundle.refused", check.symbolicName() + " " + check.version() + ": did not start");
            throw backup == null ? refused(400, "did-not-start", check.symbolicName(), check.version())
                    : refused(400, "did-not-start-restored", check.symbolicName(), check.version(), previousVersion);
        }
        String from = file == null ? "" : " from " + file;
        if (previous != null) {
            audit.record(user, null, "bundle.update", check.symbolicName() + " " + previousVersion + " -> " + check.version() + from);
        } else {
            audit.record(user, null, "bundle.install", check.symbolicName() + " " + check.version() + from);
        }
        return new Installed(view(b), previous != null);
    }

    /** {@code stop} or {@code start}: a deployed bundle, or a service module of the distribution (until the next restart). */
    public BundleView lifecycle(long id, String action, PolkuUser user) {
        Bundle existing = context.getBundle(id);
        Bundle b = existing != null && "module".equals(kind(existing)) ? existing : deployed(id, action, user);
        try {
            if (action.equals("stop")) {
                b.stop();
            } else {
                b.start();
            }
        } catch (BundleException e) {
            throw refused(400, "lifecycle-failed", action, b.getSymbolicName(), e.getMessage());
        }
        audit.record(user, null, "bundle." + action, b.getSymbolicName() + " " + b.getVersion());
        return view(b);
    }

    public void uninstall(long id, PolkuUser user) {
        Bundle b = deployed(id, "uninstall", user);
        Path file = fileOf(b);
        try {
            if (file != null) {
                Files.deleteIfExists(file); // FileInstall would otherwise install it again
            }
        } catch (IOException e) {
            throw refused(400, "remove-failed", e.getMessage());
        }
        // With its file gone the bundle goes in any case (FileInstall removes it): the act is done and recorded.
        audit.record(user, null, "bundle.uninstall", b.getSymbolicName() + " " + b.getVersion());
        try {
            if (b.getState() != Bundle.UNINSTALLED) {
                b.uninstall();
            }
        } catch (BundleException | IllegalStateException leftToFileInstall) {
            // FileInstall saw the file go first, or will remove the bundle on its next scan
        }
    }

    /** A bundle by its id, or by its symbolic name (the shell's way). */
    public long idOf(String idOrName) {
        try {
            return Long.parseLong(idOrName);
        } catch (NumberFormatException byName) {
            return Arrays.stream(context.getBundles()).filter(b -> idOrName.equals(b.getSymbolicName())).findFirst()
                    .map(Bundle::getBundleId).orElseThrow(() -> refused(404, "no-bundle", idOrName));
        }
    }

    /** The deployed bundle, or a refusal that is itself recorded (an attempt on a platform bundle is worth knowing). */
    private Bundle deployed(long id, String action, PolkuUser user) {
        Bundle b = context.getBundle(id);
        if (b == null) {
            throw refused(404, "no-bundle", id);
        }
        if (!"deploy".equals(kind(b))) {
            audit.record(user, null, "bundle.refused", action + " " + b.getSymbolicName() + ": part of the platform");
            throw refused(409, "module".equals(kind(b)) ? "platform-module" : "platform-bundle", b.getSymbolicName());
        }
        return b;
    }

    private Bundle deployedNamed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()) && fileOf(b) != null)
                .findFirst().orElse(null);
    }

    private Bundle await(String bsn, String version, int state, java.util.concurrent.atomic.AtomicBoolean started) {
        long end = System.currentTimeMillis() + START_WAIT_MS;
        long activeSince = 0;
        Bundle found = null;
        while (System.currentTimeMillis() < end) {
            for (Bundle b : context.getBundles()) {
                if (bsn.equals(b.getSymbolicName()) && version.equals(b.getVersion().toString())) {
                    found = b;
                    boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                    if (fragment && b.getState() == Bundle.RESOLVED) {
                        return b;
                    }
                    if (b.getState() == state) {
                        // Active before its components are: the answer waits until the start was heard and Declarative
                        // Services has nothing left to wait for (a component may wait for a service still to come), so
                        // that the module is there when the admin or a caseworker asks next.
                        activeSince = activeSince == 0 ? System.currentTimeMillis() : activeSince;
                        if (state != Bundle.ACTIVE || started.get() && StartedComponents.settled(scr, b)
                                || System.currentTimeMillis() - activeSince > COMPONENTS_WAIT_MS) {
                            return b;
                        }
                    }
                }
            }
            try {
                Thread.sleep(25); // FileInstall installs within its poll (100 ms): asked often, the answer follows at once
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
        return found;
    }

    BundleView view(Bundle b) {
        Path file = fileOf(b);
        return new BundleView(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), state(b), kind(b),
                file == null ? null : file.getFileName().toString());
    }

    private String kind(Bundle b) {
        if (b.getBundleId() == 0) {
            return "framework";
        }
        if (b.getLocation().contains("/system/5-modules/")) {
            return "module"; // a service module the distribution ships: may be stopped and started, not removed
        }
        if (b.getLocation().contains("/system/")) {
            return "system";
        }
        return fileOf(b) != null ? "deploy" : "other";
    }

    /** The file in the deploy folder a bundle was installed from, or null for any other bundle. */
    private Path fileOf(Bundle b) {
        String loc = b.getLocation();
        if (deploy == null || !loc.startsWith("file:")) {
            return null;
        }
        try {
            Path file = Path.of(java.net.URI.create(loc)).normalize();
            return file.startsWith(deploy.normalize()) ? file : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    /** Atomic: FileInstall never sees half a file. */
    private void write(Path target, byte[] jar) {
        try {
            Path tmp = Files.createTempFile(deploy.getParent(), "upload", ".part");
            Files.write(tmp, jar);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the admin to remove; the log of FileInstall names it
        }
    }
}
