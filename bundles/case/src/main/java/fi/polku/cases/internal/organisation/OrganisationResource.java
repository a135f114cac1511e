package fi.polku.cases.internal.organisation;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/v1/organisation}: the area, its municipalities, units, service points and staff. */
@Component(service = OrganisationResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/organisation")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganisationResource {

    /** The area; names by language tag, as everywhere in the API. */
    public record View(Map<String, String> area, List<MunicipalityView> municipalities, List<UnitView> units,
            List<ServicePointView> servicePoints, List<CaseworkerView> caseworkers) {}

    public record MunicipalityView(String code, String id, Map<String, String> names, boolean responsible) {}

    public record UnitView(String id, Map<String, String> names) {}

    public record ServicePointView(String id, Map<String, String> names, String municipalityCode, String kind) {}

    public record CaseworkerView(String username, String unit, String servicePoint) {}

    private final Organisation organisation;

    @Activate
    public OrganisationResource(@Reference Organisation organisation) {
        this.organisation = organisation;
    }

    @GET
    public View get(@Context SecurityContext security) {
        Caller.require(security.getUserPrincipal());
        return new View(organisation.areaNames(),
                organisation.municipalities().stream().map(m -> new MunicipalityView(m.code(), m.id(), m.names(), m.responsible())).toList(),
                organisation.units().stream().map(u -> new UnitView(u.id(), u.names())).toList(),
                organisation.servicePoints().stream().map(p -> new ServicePointView(p.id(), p.names(), p.municipalityCode(), p.kind())).toList(),
                organisation.caseworkers().stream().map(c -> new CaseworkerView(c.username(), c.unit(), c.servicePoint())).toList());
    }
}
