package fi.polku.coaching.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.module.ServiceTypes;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's own coaching (coaching-default): job-search coaching online and in person, career
 * coaching, work coaching (Act 380/2023; the service plan's coaching section). Municipalities
 * that tender their coaching map the type to a partner's module instead.
 */
@Component(service = ServiceModule.class)
public final class CoachingModule implements ServiceModule {
    static final String MODULE_ID = "coaching-default";

    private final Enrolments enrolments;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public CoachingModule(@Reference Enrolments enrolments, @Reference Messages messages) {
        this.enrolments = enrolments;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.COACHING)
                .provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.OWN_PRODUCTION)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** Coaching is an employment service: for a job seeker with an open job search. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        if (subject.jobSearchStart().isEmpty()) {
            return Eligibility.no(messages.texts("not-eligible"));
        }
        return Eligibility.yes();
    }

    /** Keeps the module's own record of its referrals: a declined or interrupted one gives its course place back. */
    @Override
    public void referralChanged(ReferralEvent event) {
        enrolments.referralChanged(event);
    }
}
