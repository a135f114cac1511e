package fi.polku.guidance.internal.study;

import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Who decides on self-motivated study and where a request for rectification goes:
 * {@code configs/fi.polku.guidance.study.cfg.json}. The lines print as written on the decision,
 * in every language (the names of the area and the city are the same in all).
 */
@Component(service = DecisionAuthority.class, configurationPid = "fi.polku.guidance.study", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DecisionAuthority.Config.class)
public final class DecisionAuthority {
    @ObjectClassDefinition(name = "Polku self-motivated study: the deciding authority")
    public @interface Config {
        @AttributeDefinition(description = "The authority's lines at the top of a decision")
        String[] authority() default {"Etelä-Kymenlaakson työllisyysalue", "Kotkan kaupunki"};

        @AttributeDefinition(description = "Where a request for rectification is sent (the authority that decided): postal address, e-mail")
        String[] rectificationTo() default {};

        @AttributeDefinition(description = "The authority's business ID, in the benefit payer's statement")
        String businessId() default "";
    }

    private volatile Config config;

    @Activate
    @Modified
    void configure(Config c) {
        this.config = c;
    }

    List<String> authority() {
        return lines(config.authority());
    }

    List<String> rectificationTo() {
        return lines(config.rectificationTo());
    }

    String businessId() {
        return config.businessId().trim();
    }

    private static List<String> lines(String[] lines) {
        return Arrays.stream(lines).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
