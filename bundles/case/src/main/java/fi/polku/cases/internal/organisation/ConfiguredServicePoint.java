package fi.polku.cases.internal.organisation;

import fi.polku.api.organisation.ServicePoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One service point per factory configuration {@code configs/fi.polku.servicepoint~<id>.cfg.json}. */
@Component(service = ConfiguredServicePoint.class, configurationPid = "fi.polku.servicepoint",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredServicePoint.Config.class, factory = true)
public final class ConfiguredServicePoint {

    @ObjectClassDefinition(name = "Polku service point", description = "Where customers are met")
    public @interface Config {
        String id();
        String name_fi();
        String name_sv();
        String name_en();
        String municipality();
        String kind() default "office";
    }

    final ServicePoint servicePoint;

    @Activate
    public ConfiguredServicePoint(Config c) {
        this.servicePoint = ServicePoint.of(c.id(), java.util.Map.of("fi", c.name_fi(), "sv", c.name_sv(), "en", c.name_en()), c.municipality(), c.kind());
    }
}
