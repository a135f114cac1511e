package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.i18n.Messages;
import fi.polku.api.console.Contribution;
import fi.polku.api.i18n.Messages;
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
 * The module's part of the console: a dashboard widget with this year's appropriations, and the
 * subsidies page (balances, the pending queue, a new application, an application with its rule
 * check and the unit lead's decision). Shown only while this module runs and serves some
 * municipality; the scripts are this bundle's {@code /console/subsidies/} resources, and the REST
 * resources they call check the caller's role themselves.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/subsidies/*", prefix = "/console/subsidies")
public final class SubsidiesConsole implements ConsoleContributor {
    /** The page's id, reached at {@code #/subsidies} and an application at {@code #/subsidies/<id>}. */
    static final String PAGE = "subsidies";
    private static final Set<Role> STAFF = Set.of(Role.CASEWORKER, Role.UNIT_LEAD);

    private final List<Contribution> contributions;

    @Activate
    public SubsidiesConsole(@Reference Messages messages) {
        this.contributions = List.of(
                Contribution.builder(PAGE, Slot.NAVIGATION).labels(messages.texts("page.subsidies"))
                        .script("/console/subsidies/page.js").roles(STAFF).module(SubsidiesModule.MODULE_ID).order(60).build(),
                // From a customer's page: the application with the customer already chosen.
                Contribution.builder("subsidy-application", Slot.CASE_ACTION).labels(messages.texts("action.apply"))
                        .script("/console/subsidies/action-apply.js").roles(STAFF).module(SubsidiesModule.MODULE_ID).order(60).build(),
                Contribution.builder("subsidies-appropriations", Slot.DASHBOARD_WIDGET).labels(messages.texts("widget.appropriations"))
                        .script("/console/subsidies/widget-appropriations.js").roles(STAFF).module(SubsidiesModule.MODULE_ID).order(40).build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
