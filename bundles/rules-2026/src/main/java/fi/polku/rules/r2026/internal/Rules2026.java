package fi.polku.rules.r2026.internal;

import fi.polku.api.rules.RuleSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The stage of the 2026 amendment in force from 1 January 2026 (HE 108/2025): the new interview rules. */
@Component(service = RuleSet.class, configurationPid = "fi.polku.rules.r2026", property = "polku.ruleset.id=2026")
@Designate(ocd = RuleConfig2026.class)
public final class Rules2026 extends Amendment2026 {
    @Activate
    public Rules2026(RuleConfig2026 config) {
        super(config, Stage.JANUARY);
    }
}
