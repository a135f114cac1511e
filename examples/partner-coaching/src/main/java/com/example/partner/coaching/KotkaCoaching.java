package com.example.partner.coaching;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.module.ServiceTypes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A partner's job-search coaching, tendered by the employment area for Kotka's residents. An IT
 * admin installs this bundle and maps Kotka's coaching to {@code kotka-coaching-partner}; the
 * other municipalities keep theirs. Its texts are in its own catalogue,
 * {@code OSGI-INF/l10n/messages_{fi,sv,en}.properties}, read through the platform's
 * {@link Messages} service.
 */
@Component(service = ServiceModule.class)
public final class KotkaCoaching implements ServiceModule {
    static final String MODULE_ID = "kotka-coaching-partner";

    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public KotkaCoaching(@Reference Messages messages) {
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ServiceTypes.COACHING)
                .provider("Esimerkki Valmennus Oy")
                .productionMode(ProductionMode.TENDERED)
                .names(messages.texts("module.name"))
                .build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** The contract with the area covers coaching in Finnish and Swedish only. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        if (!subject.language().equals("fi") && !subject.language().equals("sv")) {
            return Eligibility.no(messages.texts("finnish-and-swedish-only"));
        }
        return Eligibility.yes();
    }
}
