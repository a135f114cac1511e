package fi.polku.multisector.internal;

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

/** The co-operation's deadlines, one version per factory configuration; the one in force on a day applies. */
@Component(service = MultisectorRules.class)
public final class MultisectorRules {
    /** One deadline with its source, as configured. */
    public record Deadline(int months, String source, boolean verified) {
        /** The acts the source names by number (the same in every language). */
        public String acts() {
            LegalSource parsed = LegalSource.parse(source);
            return parsed.acts().isEmpty() ? parsed.statute() : String.join(", ", parsed.acts());
        }
    }

    /** The deadlines in force from a day. */
    public record Deadlines(LocalDate effectiveFrom, Deadline assessment, Deadline plan, Deadline review) {}

    private final InForce<Deadlines> sets = new InForce<>();

    Optional<Deadlines> on(LocalDate day) {
        return sets.on(day);
    }

    List<Deadlines> all() {
        return sets.all();
    }

    /** One configured version; it registers itself with {@link MultisectorRules}. */
    // Immediate: nobody asks for a Version; it exists to register itself.
    @Component(service = Version.class, configurationPid = "fi.polku.multisector.rules", configurationPolicy = ConfigurationPolicy.REQUIRE,
            immediate = true)
    @Designate(ocd = RuleConfig.class, factory = true)
    public static final class Version {
        private final MultisectorRules rules;
        private String pid;

        @Activate
        public Version(@Reference MultisectorRules rules, RuleConfig config, Map<String, Object> properties) {
            this.rules = rules;
            modified(config, properties);
        }

        @Modified
        void modified(RuleConfig c, Map<String, Object> properties) {
            pid = String.valueOf(properties.get("service.pid"));
            LocalDate from = LocalDate.parse(c.effectiveFrom());
            rules.sets.put(pid, from, new Deadlines(from,
                    new Deadline(c.assessment_withinMonths(), c.assessment_source(), c.assessment_verified()),
                    new Deadline(c.plan_withinMonths(), c.plan_source(), c.plan_verified()),
                    new Deadline(c.review_intervalMonths(), c.review_source(), c.review_verified())));
        }

        @Deactivate
        void gone() {
            rules.sets.remove(pid);
        }
    }
}
