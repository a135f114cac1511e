package fi.polku.guidance.internal;

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
 * The area's career and occupational guidance (career-guidance-default, ammatinvalinta- ja
 * uraohjaus): guidance by psychologists, for any registered customer, mapped per municipality as
 * {@code module.career-guidance}.
 */
@Component(service = ServiceModule.class)
public final class CareerGuidanceModule implements ServiceModule {
    static final String MODULE_ID = "career-guidance-default";

    private final KnownReferrals known;
    private final ModuleDescriptor descriptor;

    @Activate
    public CareerGuidanceModule(@Reference KnownReferrals known, @Reference Messages messages) {
        this.known = known;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, CareerGuidance.TYPE).provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.OWN_PRODUCTION).names(messages.texts("module.career-guidance")).build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** Career guidance is for anyone the area serves, in work or not. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        return Eligibility.yes();
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        known.changed(event);
    }
}
