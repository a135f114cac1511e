package fi.polku.training.internal;

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
 * The module's places in the console: a tab on the customer's page (for customers of the
 * municipalities that map training to this module), the staff's training page, the providers'
 * applicant page and a dashboard widget; each only while this bundle runs.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/training/*", prefix = "/console/training")
public final class TrainingConsole implements ConsoleContributor {
    private final List<Contribution> contributions;
    private final Courses courses;

    @Activate
    public TrainingConsole(@Reference Messages messages, @Reference Courses courses) {
        this.courses = courses;
        String module = TrainingModule.MODULE_ID;
        this.contributions = List.of(
                Contribution.builder("training-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.training"))
                        .script("/console/training/tab.js").roles(Role.CASEWORKER, Role.UNIT_LEAD).module(module).order(55).build(),
                Contribution.builder("training", Slot.NAVIGATION).labels(messages.texts("page.training"))
                        .script("/console/training/page.js").roles(Role.CASEWORKER, Role.UNIT_LEAD).module(module).order(55).build(),
                Contribution.builder("training-applicants", Slot.NAVIGATION).labels(messages.texts("page.provider"))
                        .script("/console/training/provider.js").roles(Role.PARTNER, Role.UNIT_LEAD).module(module).order(20).build(),
                Contribution.builder("training-seats", Slot.DASHBOARD_WIDGET).labels(messages.texts("widget.seats"))
                        .script("/console/training/widget.js").roles(Role.CASEWORKER, Role.UNIT_LEAD).module(module).order(50).build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }

    /** The applicants' page only for the accounts that provide a course (and unit leads, who decide for the area's own). */
    @Override
    public boolean visibleTo(Contribution c, PolkuUser user) {
        return !c.id().equals("training-applicants") || user.roles().contains(Role.UNIT_LEAD) || courses.isProvider(user.username());
    }
}
