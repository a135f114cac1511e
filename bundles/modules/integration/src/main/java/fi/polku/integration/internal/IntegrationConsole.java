package fi.polku.integration.internal;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.i18n.Messages;
import fi.polku.api.security.Role;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The integration services in the console: the customer's tab and the specialists' queue. */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/integration/*", prefix = "/console/integration")
public final class IntegrationConsole implements ConsoleContributor {
    private final List<Contribution> contributions;

    @Activate
    public IntegrationConsole(@Reference Messages messages) {
        this.contributions = List.of(
                Contribution.builder("integration-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.title"))
                        .script("/console/integration/tab.js").module(IntegrationModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(64).build(),
                Contribution.builder("integration", Slot.NAVIGATION).labels(messages.texts("page.title"))
                        .script("/console/integration/page.js").module(IntegrationModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(64).build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
