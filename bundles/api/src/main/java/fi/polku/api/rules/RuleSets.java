package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The installed rule sets, and which one applies to a job search starting on a date. Provided by the core. */
@ProviderType
public interface RuleSets {

    /** The rule set with the latest effective date on or before {@code start}; empty when none is installed for it. */
    Optional<RuleSet> forStart(LocalDate start);

    /** All installed rule sets, oldest first. */
    List<RuleSet> all();
}
