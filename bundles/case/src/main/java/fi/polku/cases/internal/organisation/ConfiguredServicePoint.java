package fi.polku.cases.internal.organisation;

import fi.polku.api.organisation.ServicePoint;
import fi.polku.cases.internal.appointment.OpeningHours;
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

        /** Weekly opening, e.g. {@code "mon-thu 08:00-16:00"}, {@code "fri 08:00-15:00"}; closed on public holidays. */
        String[] openingHours() default {};

        /** Dates that differ, e.g. {@code "2026-12-24 closed"}, {@code "2026-12-31 08:00-12:00"}. */
        String[] exceptions() default {};

        /** The rooms in which customers are met, each booked by one meeting at a time. */
        String[] rooms() default {};
    }

    final ServicePoint servicePoint;
    private final OpeningHours hours;
    private final java.util.List<String> rooms;

    @Activate
    public ConfiguredServicePoint(Config c) {
        this.servicePoint = ServicePoint.of(c.id(), java.util.Map.of("fi", c.name_fi(), "sv", c.name_sv(), "en", c.name_en()), c.municipality(), c.kind());
        this.hours = OpeningHours.parse(c.openingHours(), c.exceptions());
        this.rooms = java.util.List.of(c.rooms());
    }

    public ServicePoint servicePoint() {
        return servicePoint;
    }

    public OpeningHours hours() {
        return hours;
    }

    public java.util.List<String> rooms() {
        return rooms;
    }
}
