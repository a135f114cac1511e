package fi.polku.training.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.module.ServiceTypes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's own labour-market training (training-default): vocational, entrepreneurial,
 * integration, change-security and joint-purchase courses, mostly bought from the local college
 * (Act 380/2023; the service plan's training section). A municipality may map training to a
 * partner's module instead.
 */
@Component(service = ServiceModule.class)
public final class TrainingModule implements ServiceModule {
    static final String MODULE_ID = "training-default";

    private final Applications applications;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public TrainingModule(@Reference Applications applications, @Reference Messages messages) {
        this.applications = applications;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.TRAINING)
                .provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.IN_HOUSE)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** Labour-market training is an employment service: for a job seeker with an open job search (Act 380/2023). */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        if (subject.jobSearchStart().isEmpty()) {
            return Eligibility.no(messages.texts("not-eligible"));
        }
        return Eligibility.yes();
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        applications.referralChanged(event);
    }
}
