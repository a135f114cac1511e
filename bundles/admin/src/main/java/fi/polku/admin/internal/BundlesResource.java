package fi.polku.admin.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/admin/bundles}: what is installed, and installing (from an upload, checked
 * first), stopping, starting and removing a deployed bundle. An upload goes into the deploy
 * folder, where FileInstall installs and starts it, so it survives a restart like any bundle
 * dropped there by hand. Platform bundles ({@code system/}) cannot be removed here.
 */
@Component(service = BundlesResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@JakartarsExtensionSelect({"(osgi.jakartars.name=polku.auth)", "(osgi.jakartars.name=polku.roles)"})
@JSONRequired
@jakarta.ws.rs.Path("v1/admin/bundles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("it-admin")
public final class BundlesResource {
    private static final long START_WAIT_MS = 20_000;

    public record BundleView(long id, String symbolicName, String version, String state, String kind, String file) {}

    private final BundleContext context;
    private final AuditLog audit;
    private final Path deploy;

    @Activate
    public BundlesResource(BundleContext context, @Reference AuditLog audit) {
        this.context = context;
        this.audit = audit;
        String dir = context.getProperty("polku.deploy.dir");
        this.deploy = dir == null ? null : Path.of(dir);
    }

    @GET
    public List<BundleView> list(@Context SecurityContext s) {
        admin(s);
        return java.util.Arrays.stream(context.getBundles()).map(this::view).sorted(Comparator.comparing(BundleView::id)).toList();
    }

    /**
     * Upload: {@code POST ?file=partner-coaching-1.0.0.jar} with the jar as the body. A new bundle
     * is 201; a new version of a deployed one updates it in place (200).
     */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response install(byte[] jar, @QueryParam("file") String file, @Context SecurityContext s) {
        PolkuUser user = admin(s);
        if (deploy == null) {
            throw new BadRequestException("This installation has no deploy folder (polku.deploy.dir).");
        }
        if (jar == null || jar.length == 0) {
            throw new BadRequestException("Send the bundle's jar file as the request body (Content-Type: application/octet-stream).");
        }
        BundleCheck.Result check = BundleCheck.check(context, jar);
        if (!check.ok()) {
            audit.record(user, null, "bundle.refused", (check.symbolicName() == null ? "upload" : check.symbolicName()) + ": " + check.problems().get(0));
            return error(400, "The bundle was refused; nothing was installed. " + String.join(" ", check.problems()));
        }
        // A bundle already deployed under this name is updated in place: FileInstall sees its file
        // change and updates the bundle (same id, new version); the old file is kept until the new one runs.
        Bundle previous = deployedNamed(check.symbolicName());
        Path target = previous != null ? fileOf(previous)
                : deploy.resolve(check.symbolicName().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + check.version() + ".jar");
        String previousVersion = previous == null ? null : previous.getVersion().toString();
        byte[] backup = previous == null ? null : readQuietly(target);
        write(target, jar);
        Bundle b = awaitActive(check.symbolicName(), check.version());
        if (b == null || b.getState() != Bundle.ACTIVE) {
            if (backup != null) {
                write(target, backup); // the running version comes back
            } else {
                deleteQuietly(target);
            }
            audit.record(user, null, "bundle.refused", check.symbolicName() + " " + check.version() + ": did not start");
            return error(400, "Bundle " + check.symbolicName() + " " + check.version() + " was installed but did not start (its activator or "
                    + "components failed; see the log), so it was removed again" + (backup == null ? "." : " and version " + previousVersion
                    + " restored."));
        }
        if (previous != null) {
            audit.record(user, null, "bundle.update", check.symbolicName() + " " + previousVersion + " -> " + check.version()
                    + (file == null ? "" : " from " + file));
            return Response.ok(view(b)).build();
        }
        audit.record(user, null, "bundle.install", check.symbolicName() + " " + check.version() + (file == null ? "" : " from " + file));
        return Response.status(Response.Status.CREATED).entity(view(b)).build();
    }

    private Bundle deployedNamed(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && fileOf(b) != null) {
                return b;
            }
        }
        return null;
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

    /**
     * {@code POST {id}/stop} and {@code POST {id}/start}: for deployed bundles, and for the
     * distribution's own service modules (tier {@code 5-modules}), which an admin may stop while
     * municipalities are moved to another module; such a stop lasts until the platform restarts.
     */
    @POST
    @jakarta.ws.rs.Path("{id}/{action: stop|start}")
    public BundleView lifecycle(@PathParam("id") long id, @PathParam("action") String action, @Context SecurityContext s) {
        PolkuUser user = admin(s);
        Bundle existing = context.getBundle(id);
        Bundle b = existing != null && "module".equals(kind(existing)) ? existing : deployed(id);
        try {
            if (action.equals("stop")) {
                b.stop();
            } else {
                b.start();
            }
        } catch (BundleException e) {
            throw new BadRequestException("Could not " + action + " " + b.getSymbolicName() + ": " + e.getMessage());
        }
        audit.record(user, null, "bundle." + action, b.getSymbolicName() + " " + b.getVersion());
        return view(b);
    }

    @DELETE
    @jakarta.ws.rs.Path("{id}")
    public Response uninstall(@PathParam("id") long id, @Context SecurityContext s) {
        PolkuUser user = admin(s);
        Bundle b = deployed(id);
        Path file = fileOf(b);
        try {
            if (file != null) {
                Files.deleteIfExists(file); // FileInstall would otherwise install it again
            }
            if (b.getState() != Bundle.UNINSTALLED) {
                b.uninstall();
            }
        } catch (IOException | BundleException | IllegalStateException e) {
            if (!(e instanceof IllegalStateException)) {
                throw new BadRequestException("Removing failed: " + e.getMessage());
            }
        }
        audit.record(user, null, "bundle.uninstall", b.getSymbolicName() + " " + b.getVersion());
        return Response.noContent().build();
    }

    private Bundle deployed(long id) {
        Bundle b = context.getBundle(id);
        if (b == null) {
            throw new NotFoundException("No bundle " + id);
        }
        if (!"deploy".equals(kind(b))) {
            throw new jakarta.ws.rs.ClientErrorException(error(409, "Bundle " + b.getSymbolicName()
                    + " is part of the platform; only bundles from the deploy folder are managed here"
                    + ("module".equals(kind(b)) ? " (a service module of the distribution may be stopped and started, not removed)." : ".")));
        }
        return b;
    }

    private Bundle awaitActive(String bsn, String version) {
        long end = System.currentTimeMillis() + START_WAIT_MS;
        Bundle found = null;
        while (System.currentTimeMillis() < end) {
            for (Bundle b : context.getBundles()) {
                if (bsn.equals(b.getSymbolicName()) && version.equals(b.getVersion().toString())) {
                    found = b;
                    boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                    if (b.getState() == Bundle.ACTIVE || (fragment && b.getState() == Bundle.RESOLVED)) {
                        return b;
                    }
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
        return found;
    }

    private BundleView view(Bundle b) {
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

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the admin to remove; the log of FileInstall names it
        }
    }

    private static Response error(int status, String message) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status, "error", type == null ? "Error" : type.getReasonPhrase(), "message", message)).build();
    }

    private static PolkuUser admin(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
    }
}
