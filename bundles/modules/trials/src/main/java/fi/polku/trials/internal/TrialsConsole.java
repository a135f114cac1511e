package fi.polku.trials.internal;

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

/** The module's places in the console: the customer's trials tab, the staff's trials page and the organisers' page. */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/trials/*", prefix = "/console/trials")
public final class TrialsConsole implements ConsoleContributor {
    private final List<Contribution> contributions;
    private final Trials trials;

    @Activate
    public TrialsConsole(@Reference Messages messages, @Reference Trials trials) {
        this.trials = trials;
        String module = TrialsModule.MODULE_ID;
        this.contributions = List.of(
                Contribution.builder("trials-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.trials"))
                        .script("/console/trials/tab.js").roles(Role.CASEWORKER, Role.UNIT_LEAD).module(module).order(57).build(),
                Contribution.builder("trials", Slot.NAVIGATION).labels(messages.texts("page.trials"))
                        .script("/console/trials/page.js").roles(Role.CASEWORKER, Role.UNIT_LEAD).module(module).order(57).build(),
                Contribution.builder("trials-organiser", Slot.NAVIGATION).labels(messages.texts("page.organiser"))
                        .script("/console/trials/organiser.js").roles(Role.PARTNER).module(module).order(30).build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }

    /** The organisers' page only for the accounts that organise a trial. */
    @Override
    public boolean visibleTo(Contribution c, PolkuUser user) {
        return !c.id().equals("trials-organiser") || trials.isOrganiser(user.username());
    }
}
