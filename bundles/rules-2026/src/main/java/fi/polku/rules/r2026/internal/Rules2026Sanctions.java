package fi.polku.rules.r2026.internal;

import fi.polku.api.rules.RuleSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The stage of the 2026 amendment in force from 1 March 2026: the new consequences of neglects and the end of the job search at the first missed interview. */
@Component(service = RuleSet.class, configurationPid = "fi.polku.rules.r2026", property = "polku.ruleset.id=2026-03")
public final class Rules2026Sanctions extends Amendment2026 {
    @Activate
    public Rules2026Sanctions(RuleConfig2026 config) {
        super(config, Stage.MARCH);
    }
}
