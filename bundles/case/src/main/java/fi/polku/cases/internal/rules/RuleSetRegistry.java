package fi.polku.cases.internal.rules;

import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The installed rule-set bundles. The rule set of a job search is the one with the latest
 * effective date on or before the search's start: installing a rule set with a later date
 * changes nothing for searches that started before it. A draft ({@code polku.ruleset.draft=true},
 * a candidate installed for the what-if forecast) is never in force: it is left out here and
 * read only by {@link DraftRuleSets}.
 */
@Component(service = RuleSets.class)
public final class RuleSetRegistry implements RuleSets {
    private final List<RuleSet> installed = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, target = "(!(" + DraftRuleSets.DRAFT + "=true))")
    void add(RuleSet ruleSet) {
        installed.add(ruleSet);
    }

    void remove(RuleSet ruleSet) {
        installed.remove(ruleSet);
    }

    @Override
    public Optional<RuleSet> forStart(LocalDate start) {
        return installed.stream()
                .filter(r -> !r.effectiveFrom().isAfter(start))
                .max(Comparator.comparing(RuleSet::effectiveFrom));
    }

    @Override
    public List<RuleSet> all() {
        return installed.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
    }
}
