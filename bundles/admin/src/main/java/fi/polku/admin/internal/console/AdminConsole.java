package fi.polku.admin.internal.console;

import fi.polku.api.i18n.Messages;
import fi.polku.api.console.ConsoleContributor;
import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The IT admin's pages: bundles and modules, the municipalities' module mappings, user accounts, the audit log. */
@Component(service = ConsoleContributor.class)
@HttpWhiteboardResource(pattern = "/console/admin/*", prefix = "/console/admin")
public final class AdminConsole implements ConsoleContributor {
    private static final Set<Role> ADMIN = Set.of(Role.IT_ADMIN);
    private final List<Contribution> contributions;

    @Activate
    public AdminConsole(@Reference Messages messages) {
        this.contributions = List.of(
                page(messages, "admin-bundles", "page.bundles", "bundles.js", 10),
                page(messages, "admin-mappings", "page.mappings", "mappings.js", 20),
                page(messages, "admin-accounts", "page.accounts", "accounts.js", 25),
                page(messages, "admin-audit", "page.audit", "audit.js", 30));
    }

    private static Contribution page(Messages messages, String id, String label, String script, int order) {
        return Contribution.builder(id, Slot.ADMIN_PAGE).labels(messages.texts(label)).script("/console/admin/" + script)
                .roles(ADMIN).order(order).build();
    }

    @Override
    public List<Contribution> contributions() {
        return contributions;
    }
}
