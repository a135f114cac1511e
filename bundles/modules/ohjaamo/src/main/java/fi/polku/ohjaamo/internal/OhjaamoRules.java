package fi.polku.ohjaamo.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
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
        private static final Pattern ACT = Pattern.compile("\\b\\d{1,4}/(19|20)\\d\\d\\b");

        /** The acts the source names by number (the same in every language). */
        String acts() {
            String statute = source.split("\\|")[0];
            List<String> acts = ACT.matcher(statute).results().map(MatchResult::group).distinct().toList();
            return acts.isEmpty() ? statute.trim() : String.join(", ", acts);
        }
    }

    private final Map<String, AgeLimit> sets = new ConcurrentHashMap<>();

    Optional<AgeLimit> on(LocalDate day) {
        return sets.values().stream().filter(s -> !s.effectiveFrom().isAfter(day)).max(Comparator.comparing(AgeLimit::effectiveFrom));
    }

    List<AgeLimit> all() {
        return sets.values().stream().sorted(Comparator.comparing(AgeLimit::effectiveFrom)).toList();
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
            rules.sets.put(pid, new AgeLimit(LocalDate.parse(c.effectiveFrom()), c.youth_ageLimit(), c.youth_ageLimit_source(),
                    c.youth_ageLimit_verified()));
        }

        @Deactivate
        void gone() {
            rules.sets.remove(pid);
        }
    }
}
