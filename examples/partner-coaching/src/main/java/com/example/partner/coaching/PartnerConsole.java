package com.example.partner.coaching;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The partner's tab on a customer's page. It names the module, so the console shows it only for
 * customers of municipalities that map coaching to this module. The script is served by this
 * bundle itself, so tab and script come and go with the bundle.
 */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/partner-coaching/*", prefix = "/console/partner-coaching")
public final class PartnerConsole implements ConsoleContributor {

    @Override
    public List<Contribution> contributions() {
        return List.of(new Contribution("partner-coaching-courses", Slot.CUSTOMER_TAB,
                Map.of("fi", "Esimerkki Valmennus", "sv", "Esimerkki Valmennus", "en", "Esimerkki Valmennus"),
                "/console/partner-coaching/tab.js", Set.of(Role.CASEWORKER, Role.UNIT_LEAD), KotkaCoaching.DESCRIPTOR.moduleId(), 50));
    }
}
