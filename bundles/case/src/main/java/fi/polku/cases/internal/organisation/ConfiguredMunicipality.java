package fi.polku.cases.internal.organisation;

import fi.polku.api.organisation.Municipality;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One municipality per factory configuration {@code configs/fi.polku.municipality~<id>.cfg.json}. */
@Component(service = ConfiguredMunicipality.class, configurationPid = "fi.polku.municipality",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredMunicipality.Config.class, factory = true)
public final class ConfiguredMunicipality {

    @ObjectClassDefinition(name = "Polku municipality", description = "A municipality of the employment area")
    public @interface Config {
        String code();
        String id();
        String name_fi();
        String name_sv();
        boolean responsible() default false;
    }

    final Municipality municipality;

    @Activate
    public ConfiguredMunicipality(Config c) {
        this.municipality = new Municipality(c.code(), c.id(), c.name_fi(), c.name_sv(), c.responsible());
    }
}
