package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ServiceTypes;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's own subsidies and compensations (subsidies-default): pay subsidy, employment subsidy
 * for people aged 55+, start-up grant, travel and accommodation and cost compensation, paid from
 * yearly appropriations (Act 380/2023; the service plan's subsidies section).
 */
@Component(service = ServiceModule.class)
public final class SubsidiesModule implements ServiceModule {
    static final String MODULE_ID = "subsidies-default";

    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public SubsidiesModule(@Reference Messages messages) {
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.SUBSIDIES)
                .provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.OWN_PRODUCTION)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Every kind is for a registered job seeker, so a referral needs an open job search. The
     * conditions of each kind (age, duration, employer) depend on the application, its start
     * date and that date's rule set, so they are checked on the application, not here: a
     * job seeker under the age limit can still get pay subsidy or a start-up grant.
     */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        if (subject.jobSearchStart().isEmpty()) {
            return Eligibility.no(messages.texts("not-eligible"));
        }
        return Eligibility.yes();
    }
}
