package com.example.partner.coaching;

import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.module.ServiceTypes;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * A partner's job-search coaching, tendered by the employment area for Kotka's residents. An IT
 * admin installs this bundle and maps Kotka's coaching to {@code kotka-coaching-partner}; the
 * other municipalities keep theirs.
 */
@Component(service = ServiceModule.class)
public final class KotkaCoaching implements ServiceModule {
    static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor("kotka-coaching-partner", ServiceTypes.COACHING,
            "Esimerkki Valmennus Oy", ProductionMode.TENDERED,
            Map.of("fi", "Työnhakuvalmennus (Esimerkki Valmennus)", "sv", "Jobbsökarträning (Esimerkki Valmennus)",
                    "en", "Job-search coaching (Esimerkki Valmennus)"));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The contract with the area covers coaching in Finnish and Swedish only. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        if (!subject.language().equals("fi") && !subject.language().equals("sv")) {
            return Eligibility.no("this provider coaches in Finnish and Swedish only (contract with the area, section 3)");
        }
        return Eligibility.yes();
    }
}
