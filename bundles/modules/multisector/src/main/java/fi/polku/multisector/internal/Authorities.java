package fi.polku.multisector.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The other two authorities of the co-operation, the wellbeing services county and Kela, and the
 * accounts of their staff ({@code configs/fi.polku.multisector.cfg.json}): partner-role accounts
 * that see only the customers whose consent names their authority, and only what it allows.
 */
@Component(service = Authorities.class, configurationPid = "fi.polku.multisector", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Authorities.Config.class)
public final class Authorities {
    static final String WELLBEING = "wellbeing";
    static final String KELA = "kela";
    static final java.util.List<String> OTHERS = java.util.List.of(WELLBEING, KELA);
    static final String EMPLOYMENT = "employment";

    @ObjectClassDefinition(name = "Polku multisectoral co-operation", description = "The authorities' staff accounts")
    public @interface Config {
        @AttributeDefinition(description = "Accounts of the wellbeing services county's staff in the co-operation")
        String[] wellbeing_accounts() default {};

        @AttributeDefinition(description = "Accounts of Kela's staff in the co-operation")
        String[] kela_accounts() default {};
    }

    private volatile Map<String, String> authorityByAccount = Map.of();

    @Activate
    @Modified
    void configure(Config c) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        Arrays.stream(c.wellbeing_accounts()).map(String::trim).forEach(a -> m.put(a, WELLBEING));
        Arrays.stream(c.kela_accounts()).map(String::trim).forEach(a -> m.put(a, KELA));
        authorityByAccount = Map.copyOf(m);
    }

    /** The authority an account works for; empty for anyone else. */
    Optional<String> of(String username) {
        return Optional.ofNullable(authorityByAccount.get(username));
    }
}
