package fi.polku.cases.internal.referral;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Which modules a partner provider's account works for, one factory configuration per account:
 * {@code configs/fi.polku.partner~<username>.cfg.json}. A partner sees the referrals to these
 * modules and nothing else.
 */
@Component(service = ConfiguredPartner.class, configurationPid = "fi.polku.partner", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredPartner.Config.class, factory = true)
public final class ConfiguredPartner {

    @ObjectClassDefinition(name = "Polku partner provider account")
    public @interface Config {
        String username();

        String[] modules();
    }

    final String username;
    final List<String> modules;

    @Activate
    public ConfiguredPartner(Config c) {
        this.username = c.username();
        this.modules = List.of(c.modules());
    }
}
