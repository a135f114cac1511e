package fi.polku.coaching.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The coaching tab on a customer's page: shown only for customers whose home municipality maps
 * coaching to this module, and only while this bundle runs.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/coaching/*", prefix = "/console/coaching")
public final class CoachingConsole implements ConsoleContributor {
    private final List<Contribution> contributions;

    @Activate
    public CoachingConsole(@Reference Messages messages) {
        this.contributions = List.of(Contribution.builder("coaching-courses", Slot.CUSTOMER_TAB)
                .labels(messages.texts("tab.courses"))
                .script("/console/coaching/courses-tab.js")
                .roles(Role.CASEWORKER, Role.UNIT_LEAD)
                .module(CoachingModule.MODULE_ID)
                .order(50)
                .build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
