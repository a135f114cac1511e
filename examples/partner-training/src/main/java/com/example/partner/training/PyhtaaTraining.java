package com.example.partner.training;

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
 * A partner's labour-market training, tendered by the employment area for Pyhtää's residents. An
 * IT admin installs this bundle and maps Pyhtää's training to {@code pyhtaa-training-partner};
 * the other municipalities keep the area's own. It keeps what it hears of its referrals in a
 * schema of its own, so that an update of the bundle loses none of them.
 */
@Component(service = ServiceModule.class)
public final class PyhtaaTraining implements ServiceModule {
    static final String MODULE_ID = "pyhtaa-training-partner";

    private final HeardReferrals heard;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public PyhtaaTraining(@Reference HeardReferrals heard, @Reference Messages messages) {
        this.heard = heard;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.TRAINING)
                .provider("Esimerkki Koulutus Oy")
                .productionMode(ProductionMode.TENDERED)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** Training is for job seekers; the contract covers teaching in Finnish and Swedish. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        if (subject.jobSearchStart().isEmpty()) {
            return Eligibility.no(messages.texts("job-seekers-only"));
        }
        if (!subject.language().equals("fi") && !subject.language().equals("sv")) {
            return Eligibility.no(messages.texts("finnish-and-swedish-only"));
        }
        return Eligibility.yes();
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        heard.record(event);
    }
}
