package fi.polku.ohjaamo.internal;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.i18n.Messages;
import fi.polku.api.security.PolkuUser;
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
    private final Offices offices;

    @Activate
    public OhjaamoConsole(@Reference Messages messages, @Reference Offices offices) {
        this.offices = offices;
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

    /** The youth workers' page only for the accounts named in an office's configuration. */
    @Override
    public boolean visibleTo(Contribution c, PolkuUser user) {
        return !c.id().equals("ohjaamo-worker") || !offices.ofWorker(user.username()).isEmpty();
    }
}
