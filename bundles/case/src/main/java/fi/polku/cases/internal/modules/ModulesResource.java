package fi.polku.cases.internal.modules;

import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.i18n.Language;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Modules and routes: for IT admins every installed module and every route with its status
 * (faults included); for caseworkers what a municipality's residents can be offered.
 */
@Component(service = ModulesResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    /** {@code bundleId}: the bundle that registers it (an admin stopping that bundle stops the module everywhere it is used). */
    public record InstalledModule(DescriptorView descriptor, List<String> usedBy, long bundleId) {}

    /** A module's descriptor as JSON: names by language tag. */
    public record DescriptorView(String moduleId, String serviceType, String provider, String productionMode, Map<String, String> names) {
        static DescriptorView of(ModuleDescriptor d) {
            return new DescriptorView(d.moduleId(), d.serviceType(), d.provider(), d.productionMode().name(), d.names());
        }
    }

    /** {@code openReferrals}: the municipality's referrals to the module not yet completed, declined or interrupted. */
    public record RouteView(String municipalityCode, String serviceType, String moduleId, String status, long openReferrals) {}

    public record Overview(List<InstalledModule> installed, List<RouteView> routes, List<RouteView> faults) {}

    /** What a caseworker sees: available or "service not available", never the fault's details. */
    /** @param status the route's status ({@code AVAILABLE}, {@code NOT_OFFERED}, {@code NOT_INSTALLED}): what clients decide by */
    public record Offer(String serviceType, boolean available, String moduleId, String name, String message, String status) {}

    private final ModuleRoutingService routing;
    private final Organisation organisation;
    private final fi.polku.cases.internal.CaseDatabase database;

    @Activate
    public ModulesResource(@Reference ModuleRoutingService routing, @Reference Organisation organisation,
            @Reference fi.polku.cases.internal.CaseDatabase database) {
        this.routing = routing;
        this.organisation = organisation;
        this.database = database;
    }

    @GET
    @RolesAllowed(Role.Ids.IT_ADMIN)
    public Overview overview(@Context SecurityContext security) {
        Caller.require(security.getUserPrincipal(), Role.IT_ADMIN);
        Map<String, Long> open = openReferrals();
        List<RouteView> routes = routing.routes().stream().map(r -> view(r, open)).toList();
        List<InstalledModule> installed = routing.installed().stream()
                .map(d -> new InstalledModule(DescriptorView.of(d), routes.stream()
                        .filter(r -> d.moduleId().equals(r.moduleId()) && r.status().equals("AVAILABLE"))
                        .map(RouteView::municipalityCode).toList(), routing.bundleOf(d.moduleId())))
                .toList();
        return new Overview(installed, routes, routes.stream().filter(r -> r.status().equals("NOT_INSTALLED")).toList());
    }

    @GET
    @Path("offers/{municipality}")
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<Offer> offers(@PathParam("municipality") String code, @jakarta.ws.rs.HeaderParam("Accept-Language") String acceptLanguage,
            @Context SecurityContext security) {
        Caller.require(security.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        // The module's name in the user's language; its Finnish name (the one every module has) when the client names none.
        String lang = acceptLanguage == null ? "fi" : fi.polku.cases.internal.i18n.Language.fromAcceptLanguage(acceptLanguage).tag();
        if (organisation.municipality(code).isEmpty()) {
            throw Refusals.notFound(Message.MUNICIPALITY_NOT_IN_AREA, code);
        }
        Language says = Language.fromAcceptLanguage(acceptLanguage); // English for a client that names no language, as before
        return routing.routes().stream().filter(r -> r.municipalityCode().equals(code))
                .filter(r -> r.status() != ModuleRouting.Status.NOT_CONFIGURED)
                .map(r -> r.status() == ModuleRouting.Status.AVAILABLE
                        ? new Offer(r.serviceType(), true, r.moduleId().orElse(null), routing.name(r.moduleId().orElse(""), lang), null,
                                r.status().name())
                        : new Offer(r.serviceType(), false, null, null, r.status() == ModuleRouting.Status.NOT_OFFERED
                                ? Message.OFFER_NOT_OFFERED.in(says) : Message.OFFER_NOT_AVAILABLE.in(says), r.status().name()))
                .toList();
    }

    private static RouteView view(ModuleRouting.Route r, Map<String, Long> open) {
        String module = r.moduleId().orElse(null);
        return new RouteView(r.municipalityCode(), r.serviceType(), module, r.status().name(),
                module == null ? 0 : open.getOrDefault(r.municipalityCode() + "/" + module, 0L));
    }

    /** Referrals under way per municipality and module: what a mapping change or a stopped module leaves behind. */
    private Map<String, Long> openReferrals() {
        return database.unit().inTransaction(em -> em.createQuery("select r.municipalityCode, r.moduleId, count(r) from Referral r "
                + "where r.state in ('referred', 'accepted', 'started') group by r.municipalityCode, r.moduleId", Object[].class)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(x -> x[0] + "/" + x[1], x -> (Long) x[2])));
    }
}
