package fi.polku.cases.internal.organisation;

import fi.polku.api.organisation.Municipality;
import fi.polku.api.security.PolkuUser;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One municipality per factory configuration {@code configs/fi.polku.municipality~<id>.cfg.json}:
 * its identity, and which module serves its residents for each service type
 * ({@code "module.coaching": "coaching-default"}; an empty value: the service is not offered).
 * A changed file is taken in place, live, and the change of mapping is audited.
 */
@Component(service = ConfiguredMunicipality.class, configurationPid = "fi.polku.municipality",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredMunicipality.Config.class, factory = true)
public final class ConfiguredMunicipality {

    @ObjectClassDefinition(name = "Polku municipality", description = "A municipality of the employment area")
    public @interface Config {
        String code();
        String id();
        String name_fi();
        /** The Swedish name; the Finnish one when the municipality has none of its own. */
        String name_sv() default "";
        /** The English name; the Finnish one unless told otherwise. */
        String name_en() default "";
        boolean responsible() default false;
    }

    private static Municipality municipality(Config c) {
        return Municipality.of(c.code(), c.id(), Map.of("fi", c.name_fi(), "sv", c.name_sv().isBlank() ? c.name_fi() : c.name_sv(),
                "en", c.name_en().isBlank() ? c.name_fi() : c.name_en()), c.responsible());
    }

    static final String MODULE_PREFIX = "module.";

    private final CaseDatabase database;
    private volatile Municipality municipality;
    private volatile Map<String, String> modules;

    @Activate
    public ConfiguredMunicipality(Config c, Map<String, Object> properties, @Reference CaseDatabase database) {
        this.database = database;
        this.municipality = municipality(c);
        this.modules = modules(properties);
    }

    @Modified
    void modified(Config c, Map<String, Object> properties) {
        Map<String, String> before = modules;
        municipality = municipality(c);
        modules = modules(properties);
        if (!before.equals(modules)) {
            String detail = "municipality " + c.code() + ": " + before + " -> " + modules;
            database.unit().run(em -> AuditTrail.record(em, CONFIG_FILES, null, "module-mapping.change",
                    detail.length() > 500 ? detail.substring(0, 497) + "..." : detail));
        }
    }

    /** Who changed a mapping made in a configuration file: the file, as FileInstall applied it. */
    private static final PolkuUser CONFIG_FILES = PolkuUser.of("configs", "Configuration files", Set.of());

    public Municipality municipality() {
        return municipality;
    }

    /** Service type to module id; an empty id means the service is not offered. */
    public Map<String, String> modules() {
        return modules;
    }

    private static Map<String, String> modules(Map<String, Object> properties) {
        Map<String, String> m = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (k.startsWith(MODULE_PREFIX) && k.length() > MODULE_PREFIX.length()) {
                m.put(k.substring(MODULE_PREFIX.length()), v == null ? "" : v.toString().trim());
            }
        });
        return Collections.unmodifiableMap(m);
    }
}
