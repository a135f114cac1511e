package fi.polku.employer.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's employer services (employer-services-default), mapped per municipality as
 * {@code module.employer-services}. Its customers are employers, not job seekers: it takes no
 * referrals of people, and registers as a module so that a municipality can map another in its place.
 */
@Component(service = ServiceModule.class)
public final class EmployerServicesModule implements ServiceModule {
    static final String MODULE_ID = "employer-services-default";
    static final String TYPE = "employer-services";

    private final ModuleDescriptor descriptor;
    private final Messages messages;

    @Activate
    public EmployerServicesModule(@Reference Messages messages) {
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, TYPE).provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.OWN_PRODUCTION).names(messages.texts("module.employer-services")).build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        return Eligibility.no(messages.texts("employer.no-referrals"));
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        // No referrals are accepted, so none change.
    }
}
