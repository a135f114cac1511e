package fi.polku.guidance.internal;

import fi.polku.api.security.PolkuUser;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * Who works in the guidance services ({@code configs/fi.polku.guidance.cfg.json}): the licensed
 * psychologists (staff accounts: only they record psychological assessments and always read their
 * results) and the outside experts that assessments are bought from (partner accounts, each with
 * its business ID and name: each sees only its own orders).
 */
@Component(service = Staffing.class, configurationPid = "fi.polku.guidance", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Staffing.Config.class)
public final class Staffing {
    @ObjectClassDefinition(name = "Polku guidance services", description = "Psychologists and expert providers")
    public @interface Config {
        @AttributeDefinition(description = "User names of the licensed psychologists")
        String[] psychologists() default {};

        @AttributeDefinition(description = "Expert providers: 'account | business ID | name'")
        String[] experts() default {};
    }

    /** An outside expert that assessments are bought from. */
    public record Expert(String account, String businessId, String name) {}

    private volatile Set<String> psychologists = Set.of();
    private volatile List<Expert> experts = List.of();

    @Activate
    @Modified
    void configure(Config c) {
        psychologists = Arrays.stream(c.psychologists()).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        experts = Arrays.stream(c.experts()).map(e -> e.split("\\|", 3)).filter(p -> p.length == 3)
                .map(p -> new Expert(p[0].trim(), p[1].trim(), p[2].trim())).toList();
    }

    boolean isPsychologist(PolkuUser user) {
        return psychologists.contains(user.username());
    }

    List<Expert> experts() {
        return experts;
    }

    Optional<Expert> expert(String account) {
        return experts.stream().filter(e -> e.account().equals(account)).findFirst();
    }
}
