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

        /**
         * A service type its customers are referred to when they are transferred here, to the
         * module their home municipality maps for it ({@code multisector}: the co-operation's
         * queue); empty for none.
         */
        String refersTo() default "";
    }

    final Unit unit;
    private final String refersTo;

    @Activate
    public ConfiguredUnit(Config c) {
        this.unit = Unit.of(c.id(), java.util.Map.of("fi", c.name_fi(), "sv", c.name_sv(), "en", c.name_en()));
        this.refersTo = c.refersTo().trim();
    }

    public String id() {
        return unit.id();
    }

    /** The service type of the referral made on arrival; empty for none. */
    public java.util.Optional<String> refersTo() {
        return refersTo.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(refersTo);
    }
}
