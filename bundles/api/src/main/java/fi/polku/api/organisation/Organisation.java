package fi.polku.api.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The employment area as configured now. */
@ProviderType
public interface Organisation {

    /** The area's name by language tag: fi, sv and en. */
    Map<String, String> areaNames();

    /** The municipalities, responsible one first, then by code. */
    List<Municipality> municipalities();

    Optional<Municipality> municipality(String code);

    List<Unit> units();

    Optional<Unit> unit(String id);

    List<ServicePoint> servicePoints();

    /** The staff and their units, by username. */
    List<Caseworker> caseworkers();

    Optional<Caseworker> caseworker(String username);
}
