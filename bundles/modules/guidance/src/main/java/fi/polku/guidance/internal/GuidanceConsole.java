package fi.polku.guidance.internal;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.i18n.Messages;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.guidance.internal.study.SelfMotivatedStudyModule;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The guidance services in the console: the customer's career guidance, expert assessment and
 * self-motivated study tabs, the appropriation page of the expert assessments, and the experts' own page.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/guidance/*", prefix = "/console/guidance")
public final class GuidanceConsole implements ConsoleContributor {
    private final List<Contribution> contributions;
    private final Staffing staffing;

    @Activate
    public GuidanceConsole(@Reference Messages messages, @Reference Staffing staffing) {
        this.staffing = staffing;
        this.contributions = List.of(
                Contribution.builder("career-guidance-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.career-guidance"))
                        .script("/console/guidance/career.js").module(CareerGuidanceModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(66).build(),
                Contribution.builder("expert-assessment-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.expert-assessment"))
                        .script("/console/guidance/expert.js").module(ExpertAssessmentModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(67).build(),
                Contribution.builder("self-motivated-study-tab", Slot.CUSTOMER_TAB).labels(messages.texts("tab.self-motivated-study"))
                        .script("/console/guidance/study.js").module(SelfMotivatedStudyModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(68).build(),
                Contribution.builder("expert-assessments", Slot.NAVIGATION).labels(messages.texts("page.expert-assessments"))
                        .script("/console/guidance/page.js").module(ExpertAssessmentModule.MODULE_ID).roles(Role.CASEWORKER, Role.UNIT_LEAD)
                        .order(67).build(),
                Contribution.builder("expert-provider", Slot.NAVIGATION).labels(messages.texts("page.provider"))
                        .script("/console/guidance/provider.js").module(ExpertAssessmentModule.MODULE_ID).roles(Role.PARTNER).order(44).build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }

    /** The experts' page only for the accounts named in the configuration. */
    @Override
    public boolean visibleTo(Contribution c, PolkuUser user) {
        return !c.id().equals("expert-provider") || staffing.expert(user.username()).isPresent();
    }
}
