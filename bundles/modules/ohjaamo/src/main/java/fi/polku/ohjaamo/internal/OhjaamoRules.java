package fi.polku.ohjaamo.internal;

import fi.polku.api.rules.InForce;
import fi.polku.api.rules.LegalSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** The Ohjaamo rule sets, one per factory configuration; the one in force on a day applies. */
@Component(service = OhjaamoRules.class)
public final class OhjaamoRules {
    /** The age limit in force from a day, with its source. */
    record AgeLimit(LocalDate effectiveFrom, int limit, String source, boolean verified) {
        /** The acts the source names by number (the same in every language). */
        String acts() {
            LegalSource parsed = LegalSource.parse(source);
            return parsed.acts().isEmpty() ? parsed.statute() : String.join(", ", parsed.acts());
        }
    }

    private final InForce<AgeLimit> sets = new InForce<>();

    Optional<AgeLimit> on(LocalDate day) {
        return sets.on(day);
    }

    List<AgeLimit> all() {
        return sets.all();
    }

    /** One configured version; it registers itself with {@link OhjaamoRules}. */
    // Immediate: nobody asks for a Version; it exists to register itself.
    @Component(service = Version.class, configurationPid = "fi.polku.ohjaamo.rules", configurationPolicy = ConfigurationPolicy.REQUIRE,
            immediate = true)
    @Designate(ocd = RuleConfig.class, factory = true)
    public static final class Version {
        private final OhjaamoRules rules;
        private String pid;

        @Activate
        public Version(@Reference OhjaamoRules rules, RuleConfig config, Map<String, Object> properties) {
            this.rules = rules;
            modified(config, properties);
        }

        @Modified
        void modified(RuleConfig c, Map<String, Object> properties) {
            pid = String.valueOf(properties.get("service.pid"));
            LocalDate from = LocalDate.parse(c.effectiveFrom());
            rules.sets.put(pid, from, new AgeLimit(from, c.youth_ageLimit(), c.youth_ageLimit_source(), c.youth_ageLimit_verified()));
        }

        @Deactivate
        void gone() {
            rules.sets.remove(pid);
        }
    }
}
