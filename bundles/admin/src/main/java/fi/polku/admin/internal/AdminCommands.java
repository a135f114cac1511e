package fi.polku.admin.internal;

import fi.polku.api.rest.Problem;
import fi.polku.api.audit.AuditLog;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell commands for IT admins at the server: {@code polku:modules}, {@code polku:routes},
 * {@code polku:map <municipality code> <service type> <module id|->}. Whoever has the shell has
 * the machine; the acts are audited as the shell's.
 */
@Component(service = AdminCommands.class, property = {
    "osgi.command.scope=polku",
    "osgi.command.function=modules",
    "osgi.command.function=routes",
    "osgi.command.function=map",
    "osgi.command.function=bundles",
    // Names of their own, so that Felix's unscoped install/stop/start/uninstall stay what operators expect.
    "osgi.command.function=deploy",
    "osgi.command.function=suspend",
    "osgi.command.function=resume",
    "osgi.command.function=undeploy"})
public final class AdminCommands {
    private static final PolkuUser SHELL = PolkuUser.of("shell", "Gogo shell at the server", Set.of(Role.IT_ADMIN));

    private final ModuleRouting routing;
    private final Organisation organisation;
    private final AuditLog audit;
    private final BundleOperations bundles;
    private final Path configs;

    @Activate
    public AdminCommands(BundleContext context, @Reference ModuleRouting routing, @Reference Organisation organisation, @Reference AuditLog audit,
            @Reference BundleOperations bundles) {
        this.bundles = bundles;
        this.routing = routing;
        this.organisation = organisation;
        this.audit = audit;
        String dir = context.getProperty("polku.configs.dir");
        this.configs = dir == null ? null : Path.of(dir);
    }

    /** The installed service modules. */
    public String modules() {
        StringBuilder sb = new StringBuilder(String.format("%-28s %-14s %-16s %s%n", "MODULE", "TYPE", "MODE", "PROVIDER"));
        for (ModuleDescriptor d : routing.installed()) {
            sb.append(String.format("%-28s %-14s %-16s %s%n", d.moduleId(), d.serviceType(), d.productionMode(), d.provider()));
        }
        return sb.toString();
    }

    /** Every municipality's mapping and whether it works. */
    public String routes() {
        StringBuilder sb = new StringBuilder(String.format("%-5s %-14s %-28s %s%n", "CODE", "TYPE", "MODULE", "STATUS"));
        for (ModuleRouting.Route r : routing.routes()) {
            sb.append(String.format("%-5s %-14s %-28s %s%n", r.municipalityCode(), r.serviceType(), r.moduleId().orElse("-"), r.status()));
        }
        return sb.toString();
    }

    /** Maps a municipality's service type to a module ({@code -} for not offered), in its configs file. */
    public String map(String code, String serviceType, String moduleId) {
        if (organisation.municipality(code).isEmpty()) {
            return "No municipality " + code + " in this employment area.";
        }
        if (configs == null) {
            return "This installation has no configs folder.";
        }
        if (!ServiceTypeCheck.known(serviceType, routing)) {
            return "No service type " + serviceType + ": it is neither statutory nor provided by an installed module. Nothing was written.";
        }
        String id = "-".equals(moduleId) ? "" : moduleId;
        Path file;
        try {
            file = MappingFiles.write(configs, code, serviceType, id);
        } catch (MappingFiles.NoFileException e) {
            return "No configuration file for municipality " + code + " in " + configs;
        }
        audit.record(SHELL, null, "module-mapping.request", "municipality " + code + ": " + serviceType + " -> " + (id.isEmpty() ? "not offered" : id));
        return "Written to " + file.getFileName() + "; applies within a second. Check with polku:routes.";
    }

    /** Polku's bundles and the deployed ones, with state and kind. */
    public String bundles() {
        StringBuilder sb = new StringBuilder(String.format("%-5s %-40s %-20s %-10s %s%n", "ID", "BUNDLE", "VERSION", "STATE", "KIND"));
        for (BundleOperations.BundleView b : bundles.list()) {
            if (b.kind().equals("deploy") || b.kind().equals("module") || String.valueOf(b.symbolicName()).startsWith("fi.polku.")) {
                sb.append(String.format("%-5d %-40s %-20s %-10s %s%n", b.id(), b.symbolicName(), b.version(), b.state(), b.kind()));
            }
        }
        return sb.toString();
    }

    /** Installs a bundle from a jar file on the server (checked first), or updates the deployed bundle of that name. */
    public String deploy(String jarFile) {
        Path file = Path.of(jarFile);
        if (!Files.isRegularFile(file)) {
            return "No file " + file.toAbsolutePath();
        }
        try {
            BundleOperations.Installed done = bundles.install(Files.readAllBytes(file), file.getFileName().toString(), SHELL);
            return (done.updated() ? "Updated " : "Installed ") + done.bundle().symbolicName() + " " + done.bundle().version()
                    + " [" + done.bundle().id() + "]";
        } catch (IOException | java.io.UncheckedIOException e) {
            return "Could not read " + file + " or write it to the deploy folder: " + e.getMessage();
        } catch (Problem r) {
            return "Refused: " + r.detail().get("en"); // the shell speaks the language of its commands
        }
    }

    /** Stops a deployed bundle or a service module of the distribution (by id or symbolic name). */
    public String suspend(String bundle) {
        return lifecycle(bundle, "stop");
    }

    /** Starts it again. */
    public String resume(String bundle) {
        return lifecycle(bundle, "start");
    }

    /** Removes a deployed bundle (by id or symbolic name), its file too. */
    public String undeploy(String bundle) {
        try {
            bundles.uninstall(bundles.idOf(bundle), SHELL);
            return "Uninstalled " + bundle;
        } catch (Problem r) {
            return "Refused: " + r.detail().get("en"); // the shell speaks the language of its commands
        }
    }

    private String lifecycle(String bundle, String action) {
        try {
            BundleOperations.BundleView b = bundles.lifecycle(bundles.idOf(bundle), action, SHELL);
            return b.symbolicName() + " " + b.version() + " " + b.state();
        } catch (Problem r) {
            return "Refused: " + r.detail().get("en"); // the shell speaks the language of its commands
        }
    }
}
