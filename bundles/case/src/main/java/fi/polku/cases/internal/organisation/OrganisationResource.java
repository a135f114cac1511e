package fi.polku.cases.internal.organisation;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.organisation.Caseworker;
import fi.polku.api.organisation.Municipality;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.organisation.ServicePoint;
import fi.polku.api.organisation.Unit;
import fi.polku.api.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

    public record View(String area, List<Municipality> municipalities, List<Unit> units, List<ServicePoint> servicePoints,
            List<Caseworker> caseworkers) {}

    private final Organisation organisation;

    @Activate
    public OrganisationResource(@Reference Organisation organisation) {
        this.organisation = organisation;
    }

    @GET
    public View get(@Context SecurityContext security) {
        Caller.require(security.getUserPrincipal());
        return new View(organisation.areaName(), organisation.municipalities(), organisation.units(), organisation.servicePoints(),
                organisation.caseworkers());
    }
}
