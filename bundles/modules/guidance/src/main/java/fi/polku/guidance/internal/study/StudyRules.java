package fi.polku.guidance.internal.study;

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

/** The conditions of self-motivated study, one version per factory configuration; the one in force on the decision's day applies. */
@Component(service = StudyRules.class)
public final class StudyRules {
    /** A condition's source as configured. */
    public record Source(String source, boolean verified) {
        /** The acts the source names (the same in every language), or the statute as written. */
        public String acts() {
            LegalSource parsed = LegalSource.parse(source);
            return parsed.acts().isEmpty() ? parsed.statute() : String.join(", ", parsed.acts());
        }
    }

    /** A value and its source. */
    public record Rule<T>(T value, Source source) {}

    /** The conditions in force from a day. */
    public record Conditions(LocalDate effectiveFrom, Source assessment, Rule<Integer> minimumAge, Rule<List<String>> studyKinds,
            Rule<Boolean> fullTimeOnly, Rule<Boolean> decisionBeforeStart, Rule<Integer> maximumMonths, Rule<Integer> rectificationDays) {}

    private final InForce<Conditions> sets = new InForce<>();

    public Optional<Conditions> on(LocalDate day) {
        return sets.on(day);
    }

    public List<Conditions> all() {
        return sets.all();
    }

    /** One configured version; it registers itself with {@link StudyRules}. */
    // Immediate: nobody asks for a Version; it exists to register itself.
    @Component(service = Version.class, configurationPid = "fi.polku.guidance.study.rules", configurationPolicy = ConfigurationPolicy.REQUIRE,
            immediate = true)
    @Designate(ocd = StudyRuleConfig.class, factory = true)
    public static final class Version {
        private final StudyRules rules;
        private String pid;

        @Activate
        public Version(@Reference StudyRules rules, StudyRuleConfig config, Map<String, Object> properties) {
            this.rules = rules;
            modified(config, properties);
        }

        @Modified
        void modified(StudyRuleConfig c, Map<String, Object> properties) {
            pid = String.valueOf(properties.get("service.pid"));
            LocalDate from = LocalDate.parse(c.effectiveFrom());
            rules.sets.put(pid, from, new Conditions(from, new Source(c.assessment_source(), c.assessment_verified()),
                    new Rule<>(c.minimumAge(), new Source(c.minimumAge_source(), c.minimumAge_verified())),
                    new Rule<>(List.of(c.studyKinds()), new Source(c.studyKinds_source(), c.studyKinds_verified())),
                    new Rule<>(c.fullTimeOnly(), new Source(c.fullTimeOnly_source(), c.fullTimeOnly_verified())),
                    new Rule<>(c.decisionBeforeStart(), new Source(c.decisionBeforeStart_source(), c.decisionBeforeStart_verified())),
                    new Rule<>(c.maximumMonths(), new Source(c.maximumMonths_source(), c.maximumMonths_verified())),
                    new Rule<>(c.rectificationDays(), new Source(c.rectificationDays_source(), c.rectificationDays_verified()))));
        }

        @Deactivate
        void gone() {
            rules.sets.remove(pid);
        }
    }
}
