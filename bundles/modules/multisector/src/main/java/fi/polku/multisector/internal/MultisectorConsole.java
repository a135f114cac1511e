package fi.polku.multisector.internal;

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
 * The co-operation's places in the console: the customer's tab (consents, joint assessment, joint
 * plan, follow-ups), the staff's queue, and the page of the county's and Kela's workers.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/multisector/*", prefix = "/console/multisector")
public final class MultisectorConsole implements ConsoleContributor {
    private final List<Contribution> contributions;
    private final Authorities authorities;

    @Activate
    public MultisectorConsole(@Reference Messages messages, @Reference Authorities authorities) {
        this.authorities = authorities;
        this.contributions = List.of(
                Contribution.builder("multisector-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.title"))
                        .script("/console/multisector/tab.js").module(MultisectorModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(62).build(),
                Contribution.builder("multisector", Slot.NAVIGATION).labels(messages.texts("page.title"))
                        .script("/console/multisector/page.js").module(MultisectorModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(62).build(),
                Contribution.builder("multisector-authority", Slot.NAVIGATION).labels(messages.texts("authority.title"))
                        .script("/console/multisector/authority.js").module(MultisectorModule.MODULE_ID).roles(Role.PARTNER).order(42).build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }

    /** The authorities' page only for the accounts named in the co-operation's configuration. */
    @Override
    public boolean visibleTo(Contribution c, PolkuUser user) {
        return !c.id().equals("multisector-authority") || authorities.of(user.username()).isPresent();
    }
}
