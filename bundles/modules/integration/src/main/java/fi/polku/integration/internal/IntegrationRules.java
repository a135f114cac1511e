package fi.polku.integration.internal;

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

/** The integration rules, one version per factory configuration; the one in force on a day applies. */
@Component(service = IntegrationRules.class)
public final class IntegrationRules {
    /** One parameter with its source, as configured. */
    public record Limit(int value, String source, boolean verified) {
        public String acts() {
            LegalSource parsed = LegalSource.parse(source);
            return parsed.acts().isEmpty() ? parsed.statute() : String.join(", ", parsed.acts());
        }
    }

    /** The limits in force from a day. */
    public record Limits(LocalDate effectiveFrom, Limit planWithinDays, Limit planMaxMonths, Limit planTotalMaxMonths) {}

    private final InForce<Limits> sets = new InForce<>();

    Optional<Limits> on(LocalDate day) {
        return sets.on(day);
    }

    List<Limits> all() {
        return sets.all();
    }

    /** One configured version; it registers itself with {@link IntegrationRules}. */
    // Immediate: nobody asks for a Version; it exists to register itself.
    @Component(service = Version.class, configurationPid = "fi.polku.integration.rules", configurationPolicy = ConfigurationPolicy.REQUIRE,
            immediate = true)
    @Designate(ocd = RuleConfig.class, factory = true)
    public static final class Version {
        private final IntegrationRules rules;
        private String pid;

        @Activate
        public Version(@Reference IntegrationRules rules, RuleConfig config, Map<String, Object> properties) {
            this.rules = rules;
            modified(config, properties);
        }

        @Modified
        void modified(RuleConfig c, Map<String, Object> properties) {
            pid = String.valueOf(properties.get("service.pid"));
            LocalDate from = LocalDate.parse(c.effectiveFrom());
            rules.sets.put(pid, from, new Limits(from,
                    new Limit(c.plan_withinDays(), c.plan_withinDays_source(), c.plan_withinDays_verified()),
                    new Limit(c.plan_maxMonths(), c.plan_maxMonths_source(), c.plan_maxMonths_verified()),
                    new Limit(c.plan_totalMaxMonths(), c.plan_totalMaxMonths_source(), c.plan_totalMaxMonths_verified())));
        }

        @Deactivate
        void gone() {
            rules.sets.remove(pid);
        }
    }
}
