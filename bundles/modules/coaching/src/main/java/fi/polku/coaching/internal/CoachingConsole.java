package fi.polku.coaching.internal;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The coaching tab on a customer's page: shown only for customers whose home municipality maps
 * coaching to this module, and only while this bundle runs.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/coaching/*", prefix = "/console/coaching")
public final class CoachingConsole implements ConsoleContributor {
    private static final List<Contribution> CONTRIBUTIONS = List.of(new Contribution("coaching-courses", Slot.CUSTOMER_TAB,
            Map.of("fi", "Valmennukset", "sv", "Träningar", "en", "Coaching"), "/console/coaching/courses-tab.js",
            Set.of(Role.CASEWORKER, Role.UNIT_LEAD), CoachingModule.DESCRIPTOR.moduleId(), 50));

    @Override
    public List<Contribution> contributions() {
        return CONTRIBUTIONS;
    }
}
