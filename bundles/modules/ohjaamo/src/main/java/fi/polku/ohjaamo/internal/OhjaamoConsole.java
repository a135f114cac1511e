package fi.polku.ohjaamo.internal;

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

/**
 * The Ohjaamo's places in the console: the customer's Ohjaamo tab (for customers of a municipality
 * whose Ohjaamo runs; not tied to one instance, as each municipality has its own), the staff's list
 * of Ohjaamo offices, and the youth workers' page.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/ohjaamo/*", prefix = "/console/ohjaamo")
public final class OhjaamoConsole implements ConsoleContributor {
    private final List<Contribution> contributions;

    @Activate
    public OhjaamoConsole(@Reference Messages messages) {
        this.contributions = List.of(
                Contribution.builder("ohjaamo-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.ohjaamo"))
                        .script("/console/ohjaamo/tab.js").roles(Role.CASEWORKER, Role.UNIT_LEAD).order(58).build(),
                Contribution.builder("ohjaamo", Slot.NAVIGATION).labels(messages.texts("page.ohjaamo"))
                        .script("/console/ohjaamo/page.js").roles(Role.CASEWORKER, Role.UNIT_LEAD).order(58).build(),
                Contribution.builder("ohjaamo-worker", Slot.NAVIGATION).labels(messages.texts("page.worker"))
                        .script("/console/ohjaamo/worker.js").roles(Role.PARTNER).order(40).build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
