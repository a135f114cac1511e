package fi.polku.cases.internal.organisation;

import fi.polku.api.organisation.Unit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One unit per factory configuration {@code configs/fi.polku.unit~<id>.cfg.json}. */
@Component(service = ConfiguredUnit.class, configurationPid = "fi.polku.unit", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredUnit.Config.class, factory = true)
public final class ConfiguredUnit {

    @ObjectClassDefinition(name = "Polku unit", description = "A unit of the employment area's staff")
    public @interface Config {
        String id();
        String name_fi();
        String name_sv();
        String name_en();
    }

    final Unit unit;

    @Activate
    public ConfiguredUnit(Config c) {
        this.unit = Unit.of(c.id(), java.util.Map.of("fi", c.name_fi(), "sv", c.name_sv(), "en", c.name_en()));
    }
}
