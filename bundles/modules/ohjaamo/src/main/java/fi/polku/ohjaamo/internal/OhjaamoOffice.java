package fi.polku.ohjaamo.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.module.ServiceTypes;
import fi.polku.api.time.FinnishCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One municipality's Ohjaamo, a service module of its own per configuration: each municipality
 * maps {@code module.ohjaamo} to its own instance, and removing or changing one configuration
 * touches no other municipality. Ohjaamo is the municipality's own activity; the area lends staff.
 */
@Component(service = ServiceModule.class, configurationPid = "fi.polku.ohjaamo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OfficeConfig.class, factory = true)
public final class OhjaamoOffice implements ServiceModule {
    private final Contacts contacts;
    private final OhjaamoRules rules;
    private final Offices offices;
    private final Messages messages;
    private final Office office;
    private final ModuleDescriptor descriptor;

    @Activate
    public OhjaamoOffice(@Reference Contacts contacts, @Reference OhjaamoRules rules, @Reference Offices offices, @Reference Messages messages,
            OfficeConfig config) {
        this.contacts = contacts;
        this.rules = rules;
        this.offices = offices;
        this.messages = messages;
        this.office = Office.of(config);
        this.descriptor = ModuleDescriptor.builder(office.moduleId(), ServiceTypes.OHJAAMO)
                .provider(office.names().get("fi"))
                .productionMode(ProductionMode.OWN_PRODUCTION)
                .names(office.names())
                .build();
        offices.add(office);
    }

    @Deactivate
    void gone() {
        offices.remove(office);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** Under the age limit on the day of the referral (the age the core gives is the age that day), by the rule in force that day. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        OhjaamoRules.AgeLimit limit = rules.on(FinnishCalendar.today()).orElse(null);
        if (limit == null) {
            return Eligibility.no(messages.texts("rule.no-rule-set", FinnishCalendar.today()));
        }
        if (subject.age() >= limit.limit()) {
            return Eligibility.no(messages.texts(limit.verified() ? "rule.age" : "rule.age.unverified", limit.limit(), subject.age(), limit.acts()));
        }
        return Eligibility.yes();
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        contacts.referralChanged(event);
    }
}
