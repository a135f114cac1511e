package fi.polku.trials.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rules.InForce;
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

/**
 * The rule sets of the trials module, one per factory configuration
 * ({@code fi.polku.trials.rules~<name>}); the one in force on a day is the latest whose
 * {@code effectiveFrom} is not after it. A day with none in force refuses what needs a rule,
 * saying so: no built-in value stands in for the law.
 */
@Component(service = TrialRules.class)
public final class TrialRules {
    private final InForce<RuleSet> sets = new InForce<>();
    private final Messages messages;

    @Activate
    public TrialRules(@Reference Messages messages) {
        this.messages = messages;
    }

    void put(String pid, RuleSet set) {
        sets.put(pid, set.effectiveFrom(), set);
    }

    void remove(String pid) {
        sets.remove(pid);
    }

    /** The rule set in force on the day. */
    Optional<RuleSet> on(LocalDate day) {
        return sets.on(day);
    }

    /** The rule set in force on the day, or a 409 saying none is installed for it. */
    RuleSet require(LocalDate day) {
        return on(day).orElseThrow(() -> Problem.of(409, "no-rule-set", messages.texts("rule.no-rule-set", day)));
    }

    List<RuleSet> all() {
        return sets.all();
    }

    /** One configured rule set; it registers itself with {@link TrialRules}. */
    // Immediate: nobody asks for a Version; it exists to register itself.
    @Component(service = Version.class, configurationPid = "fi.polku.trials.rules", configurationPolicy = ConfigurationPolicy.REQUIRE,
            immediate = true)
    @Designate(ocd = RuleSetConfig.class, factory = true)
    public static final class Version {
        private final TrialRules rules;
        private String pid;

        @Activate
        public Version(@Reference TrialRules rules, RuleSetConfig config, Map<String, Object> properties) {
            this.rules = rules;
            modified(config, properties);
        }

        @Modified
        void modified(RuleSetConfig config, Map<String, Object> properties) {
            this.pid = String.valueOf(properties.get("service.pid"));
            rules.put(pid, RuleSet.of(config));
        }

        @Deactivate
        void gone() {
            rules.remove(pid);
        }
    }
}
