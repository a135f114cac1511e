package fi.polku.integration.internal;

import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The named integration specialists ({@code configs/fi.polku.integration.cfg.json}): the service
 * plan gives immigrants entitled to an integration plan named workers, so only they (and the unit
 * leads) record initial assessments and plans, and each record names one of them as responsible.
 */
@Component(service = Specialists.class, configurationPid = "fi.polku.integration", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Specialists.Config.class)
public final class Specialists {
    @ObjectClassDefinition(name = "Polku integration services", description = "The named integration specialists")
    public @interface Config {
        @AttributeDefinition(description = "User names of the integration specialists")
        String[] specialists() default {};
    }

    private volatile Set<String> names = Set.of();

    @Activate
    @Modified
    void configure(Config c) {
        names = Arrays.stream(c.specialists()).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    boolean isSpecialist(String username) {
        return names.contains(username);
    }

    /** A specialist, or a unit lead standing in for one. */
    boolean mayRecord(PolkuUser user) {
        return names.contains(user.username()) || user.roles().contains(Role.UNIT_LEAD);
    }

    Set<String> all() {
        return names;
    }
}
