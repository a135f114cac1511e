package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/occupations}: the ISCO-08 unit groups the console offers by name, in every
 * language of the catalogue ({@code occupation.<code>}). A subset, the area's commonest: the full
 * classification of Statistics Finland could not be loaded here; any valid code is accepted in a
 * profile or a vacancy, and one without a name is shown as its code.
 */
@Component(service = OccupationCatalogue.class)
@JakartarsResource
@SecuredResource
@Path("v1/occupations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD, Role.Ids.IT_ADMIN})
public final class OccupationCatalogue {
    static final List<String> CODES = List.of("1120", "2166", "2221", "2341", "2411", "2512", "3115", "3313", "4110", "4226", "4321", "5120", "5131", "5223", "5230", "5311", "5321", "5322", "5414", "7115", "7126", "7212", "7231", "7411", "8171", "8322", "8332", "8343", "8344", "9112", "9321", "9333");

    public record Occupation(String code, Map<String, String> names) {}

    private final List<Occupation> occupations;

    @Activate
    public OccupationCatalogue(@Reference Messages messages) {
        this.occupations = CODES.stream().map(c -> new Occupation(c, messages.texts("occupation." + c))).toList();
    }

    @GET
    public List<Occupation> all() {
        return occupations;
    }
}
