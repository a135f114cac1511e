package fi.polku.trials.internal;

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
 * The area's own trials (trials-default): education trials at an educational institution and
 * work trials at a workplace, to clarify career options or support the return to work (Act
 * 380/2023; the service plan's section on other statutory services).
 */
@Component(service = ServiceModule.class)
public final class TrialsModule implements ServiceModule {
    static final String MODULE_ID = "trials-default";

    private final Trials trials;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public TrialsModule(@Reference Trials trials, @Reference Messages messages) {
        this.trials = trials;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.TRIALS)
                .provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.OWN_PRODUCTION)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** A trial is an employment service: for a job seeker with an open job search. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        return subject.jobSearchStart().isPresent() ? Eligibility.yes() : Eligibility.no(messages.texts("not-eligible"));
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        trials.referralChanged(event);
    }
}
