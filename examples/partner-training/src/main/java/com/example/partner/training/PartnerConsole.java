package com.example.partner.training;

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

/** The partner's tab on a customer's page: shown only for customers of municipalities that map training to it. */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/partner-training/*", prefix = "/console/partner-training")
public final class PartnerConsole implements ConsoleContributor {
    private final List<Contribution> contributions;

    @Activate
    public PartnerConsole(@Reference Messages messages) {
        this.contributions = List.of(Contribution.builder("partner-training-tab", Slot.CUSTOMER_TAB)
                .labels(messages.texts("tab.training"))
                .script("/console/partner-training/tab.js")
                .roles(Role.CASEWORKER, Role.UNIT_LEAD)
                .module(PyhtaaTraining.MODULE_ID)
                .order(55)
                .build());
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
