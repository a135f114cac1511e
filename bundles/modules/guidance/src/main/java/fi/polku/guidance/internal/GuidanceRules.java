package fi.polku.guidance.internal;

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

/** The guidance services' conditions, one version per factory configuration; the one in force on the day of the act applies. */
@Component(service = GuidanceRules.class)
public final class GuidanceRules {
    /** A condition's source as configured. */
    public record Source(String source, boolean verified) {
        /** The acts the source names by number (the same in every language). */
        public String acts() {
            LegalSource parsed = LegalSource.parse(source);
            return parsed.acts().isEmpty() ? parsed.statute() : String.join(", ", parsed.acts());
        }
    }

    /** The conditions in force from a day. */
    public record Conditions(LocalDate effectiveFrom, boolean consentRequired, Source consent, List<String> kinds, Source kindsSource) {}

    private final InForce<Conditions> sets = new InForce<>();

    Optional<Conditions> on(LocalDate day) {
        return sets.on(day);
    }

    List<Conditions> all() {
        return sets.all();
    }

    /** One configured version; it registers itself with {@link GuidanceRules}. */
    // Immediate: nobody asks for a Version; it exists to register itself.
    @Component(service = Version.class, configurationPid = "fi.polku.guidance.rules", configurationPolicy = ConfigurationPolicy.REQUIRE,
            immediate = true)
    @Designate(ocd = RuleConfig.class, factory = true)
    public static final class Version {
        private final GuidanceRules rules;
        private String pid;

        @Activate
        public Version(@Reference GuidanceRules rules, RuleConfig config, Map<String, Object> properties) {
            this.rules = rules;
            modified(config, properties);
        }

        @Modified
        void modified(RuleConfig c, Map<String, Object> properties) {
            pid = String.valueOf(properties.get("service.pid"));
            LocalDate from = LocalDate.parse(c.effectiveFrom());
            rules.sets.put(pid, from, new Conditions(from, c.careerGuidance_psychologicalMethods_consentRequired(),
                    new Source(c.careerGuidance_psychologicalMethods_source(), c.careerGuidance_psychologicalMethods_verified()),
                    List.of(c.expertAssessment_kinds()), new Source(c.expertAssessment_kinds_source(), c.expertAssessment_kinds_verified())));
        }

        @Deactivate
        void gone() {
            rules.sets.remove(pid);
        }
    }
}
