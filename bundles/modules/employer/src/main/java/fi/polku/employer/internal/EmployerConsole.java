package fi.polku.employer.internal;

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

/** The employer services in the console: the Employers page (employers, their vacancies and candidates). */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/employer/*", prefix = "/console/employer")
public final class EmployerConsole implements ConsoleContributor {
    private final List<Contribution> contributions;

    @Activate
    public EmployerConsole(@Reference Messages messages) {
        this.contributions = List.of(Contribution.builder("employers", Slot.NAVIGATION).labels(messages.texts("console.page.title"))
                .script("/console/employer/page.js").module(EmployerServicesModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD).order(35)
                .build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
