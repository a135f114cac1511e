package com.example.partner.coaching;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.i18n.Messages;
import fi.polku.api.security.Role;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The partner's tab on a customer's page. It names the module, so the console shows it only for
 * customers of municipalities that map coaching to this module. The script is served by this
 * bundle itself, so tab and script come and go with the bundle.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/partner-coaching/*", prefix = "/console/partner-coaching")
public final class PartnerConsole implements ConsoleContributor {
    private final List<Contribution> contributions;

    @Activate
    public PartnerConsole(@Reference Messages messages) {
        this.contributions = List.of(Contribution.builder("partner-coaching-courses", Slot.CUSTOMER_TAB)
                .labels(messages.texts("tab.courses"))
                .script("/console/partner-coaching/tab.js")
                .roles(Role.CASEWORKER, Role.UNIT_LEAD)
                .module(KotkaCoaching.MODULE_ID)
                .order(50)
                .build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
