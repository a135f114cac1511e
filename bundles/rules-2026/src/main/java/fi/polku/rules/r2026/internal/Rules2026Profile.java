package fi.polku.rules.r2026.internal;

import fi.polku.api.rules.RuleSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The stage of the 2026 amendment in force from 1 September 2026: the job-search profile duty. */
@Component(service = RuleSet.class, configurationPid = "fi.polku.rules.r2026", property = "polku.ruleset.id=2026-09")
public final class Rules2026Profile extends Amendment2026 {
    @Activate
    public Rules2026Profile(RuleConfig2026 config) {
        super(config, Stage.SEPTEMBER);
    }
}
