package fi.polku.cases.internal.organisation;

import fi.polku.api.organisation.Caseworker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One member of staff per factory configuration {@code configs/fi.polku.caseworker~<username>.cfg.json}. */
@Component(service = ConfiguredCaseworker.class, configurationPid = "fi.polku.caseworker", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredCaseworker.Config.class, factory = true)
public final class ConfiguredCaseworker {

    @ObjectClassDefinition(name = "Polku caseworker", description = "A member of staff, their unit and service point")
    public @interface Config {
        String username();
        String unit();
        String servicePoint();
    }

    final Caseworker caseworker;

    @Activate
    public ConfiguredCaseworker(Config c) {
        this.caseworker = Caseworker.of(c.username(), c.unit(), c.servicePoint());
    }
}
