package fi.polku.multisector.internal;

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
 * The area's multisectoral co-operation (multisector-default, Act 381/2023): the employment
 * authority, the wellbeing services county and Kela. One co-operation serves the five
 * municipalities; each maps it as {@code module.multisector} and may map another instead.
 */
@Component(service = ServiceModule.class)
public final class MultisectorModule implements ServiceModule {
    static final String MODULE_ID = "multisector-default";

    private final Cooperation cooperation;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public MultisectorModule(@Reference Cooperation cooperation, @Reference Messages messages) {
        this.cooperation = cooperation;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.MULTISECTOR)
                .provider("Etelä-Kymenlaakson työllisyysalue, Kymenlaakson hyvinvointialue, Kela")
                .productionMode(ProductionMode.OWN_PRODUCTION)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /**
     * For an unemployed job seeker (an open job search). Whether the need is there (limits of work or
     * functional capacity, problems of life management) is what the joint assessment finds out, so
     * it is no condition of the referral; nor is the length of unemployment, no longer a criterion.
     */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        return subject.jobSearchStart().isPresent() ? Eligibility.yes() : Eligibility.no(messages.texts("not-eligible"));
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        cooperation.referralChanged(event);
    }
}
