package fi.polku.cases.internal.rules;

import fi.polku.api.rules.RuleSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The candidate rule sets installed as drafts: a {@link RuleSet} service with the property
 * {@code polku.ruleset.draft=true} (set by its component, or by its configuration). A draft
 * decides nothing for any job seeker; the what-if forecast reads it to show the workload it
 * would cause beside the rules in force.
 */
@Component(service = DraftRuleSets.class)
public final class DraftRuleSets {
    /** The service property that marks a rule set as a draft. */
    public static final String DRAFT = "polku.ruleset.draft";

    private final List<RuleSet> drafts = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, target = "(" + DRAFT + "=true)")
    void add(RuleSet ruleSet) {
        drafts.add(ruleSet);
    }

    void remove(RuleSet ruleSet) {
        drafts.remove(ruleSet);
    }

    /** The drafts by id. */
    public List<RuleSet> all() {
        return drafts.stream().sorted(Comparator.comparing(RuleSet::id)).toList();
    }

    public Optional<RuleSet> byId(String id) {
        return drafts.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
