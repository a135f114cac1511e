package fi.polku.admin.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.audit.AuditLog;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code PUT /api/v1/admin/municipalities/{code}/modules/{serviceType}} with {@code {"moduleId": "..."}}:
 * changes which module serves a municipality's residents. It writes the municipality's file in
 * {@code configs/}, the same file an admin may edit by hand, so the file stays the one truth;
 * FileInstall applies it within a second and the change is audited both as requested (by whom)
 * and as applied.
 */
@Component(service = MappingResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@jakarta.ws.rs.Path("v1/admin/municipalities/{code}/modules/{serviceType}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class MappingResource {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public record Mapping(String moduleId) {}

    public record Result(String municipalityCode, String serviceType, String moduleId, String file, String note) {}

    private final Path configs;
    private final Organisation organisation;
    private final ModuleRouting routing;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public MappingResource(BundleContext context, @Reference Organisation organisation, @Reference ModuleRouting routing,
            @Reference AuditLog audit, @Reference Messages messages) {
        this.messages = messages;
        String dir = context.getProperty("polku.configs.dir");
        this.configs = dir == null ? null : Path.of(dir);
        this.organisation = organisation;
        this.routing = routing;
        this.audit = audit;
    }

    @PUT
    public synchronized Result change(@PathParam("code") String code, @PathParam("serviceType") String serviceType, Mapping in,
            @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        if (organisation.municipality(code).isEmpty()) {
            throw Problem.of(404, "no-municipality", messages.texts("no-municipality", code));
        }
        if (!ID.matcher(serviceType).matches()) {
            throw Problem.of(400, "service-type-form", messages.texts("service-type-form"));
        }
        if (!ServiceTypeCheck.known(serviceType, routing)) {
            throw Problem.of(400, "unknown-service-type", messages.texts("unknown-service-type", serviceType));
        }
        String moduleId = in == null || in.moduleId() == null ? "" : in.moduleId().trim();
        if (!moduleId.isEmpty() && !ID.matcher(moduleId).matches()) {
            throw Problem.invalid().field("moduleId", messages.texts("module-id-form")).build();
        }
        if (configs == null) {
            throw Problem.of(409, "no-configs-folder", messages.texts("no-configs-folder"));
        }
        Path file;
        try {
            file = MappingFiles.write(configs, code, serviceType, moduleId);
        } catch (MappingFiles.NoFileException e) {
            throw Problem.of(409, "no-configuration-file", messages.texts("no-configuration-file", code));
        }
        audit.record(admin, null, "module-mapping.request", "municipality " + code + ": " + serviceType + " -> "
                + (moduleId.isEmpty() ? "not offered" : moduleId));
        boolean installed = moduleId.isEmpty() || routing.installed().stream().anyMatch(d -> d.moduleId().equals(moduleId));
        return new Result(code, serviceType, moduleId.isEmpty() ? null : moduleId, file.getFileName().toString(),
                installed ? "Applied within a second." : "Module " + moduleId + " is not installed: the municipality's caseworkers see "
                        + "'service not available' for " + serviceType + " until it is.");
    }

}
