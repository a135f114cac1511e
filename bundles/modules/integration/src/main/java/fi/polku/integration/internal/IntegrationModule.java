package fi.polku.integration.internal;

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
 * The area's integration services (integration-default, Act 681/2023). Kotka runs them for the
 * other four municipalities by agreement, so one instance serves all five; each maps it as
 * {@code module.integration} and may map another instead.
 */
@Component(service = ServiceModule.class)
public final class IntegrationModule implements ServiceModule {
    static final String MODULE_ID = "integration-default";

    private final Integration integration;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public IntegrationModule(@Reference Integration integration, @Reference Messages messages) {
        this.integration = integration;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.INTEGRATION)
                .provider("Kotkan kaupunki, työllisyyden ja kotoutumisen edistämisen palveluyksikkö")
                .productionMode(ProductionMode.OWN_PRODUCTION)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /**
     * The initial assessment is for an immigrant who is an unemployed job seeker: an open job
     * search. Whether the person is entitled to an integration plan is asked when the plan is made.
     */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        return subject.jobSearchStart().isPresent() ? Eligibility.yes() : Eligibility.no(messages.texts("not-eligible"));
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        integration.referralChanged(event);
    }
}
