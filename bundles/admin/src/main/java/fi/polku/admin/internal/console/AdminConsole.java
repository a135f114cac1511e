package fi.polku.admin.internal.console;

import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The IT admin's pages: bundles and modules, the municipalities' module mappings, the audit log. */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/admin/*", prefix = "/console/admin")
public final class AdminConsole implements ConsoleContributor {
    private static final Set<Role> ADMIN = Set.of(Role.IT_ADMIN);
    private static final List<Contribution> CONTRIBUTIONS = List.of(
            page("admin-bundles", "Paketit ja moduulit", "Paket och moduler", "Bundles and modules", "bundles.js", 10),
            page("admin-mappings", "Kuntien palvelut", "Kommunernas tjänster", "Municipal service mappings", "mappings.js", 20),
            page("admin-audit", "Lokitiedot", "Loggar", "Audit log", "audit.js", 30));

    private static Contribution page(String id, String fi, String sv, String en, String script, int order) {
        return Contribution.of(id, Slot.ADMIN_PAGE, Map.of("fi", fi, "sv", sv, "en", en), "/console/admin/" + script, ADMIN, order);
    }

    @Override
    public List<Contribution> contributions() {
        return CONTRIBUTIONS;
    }
}
