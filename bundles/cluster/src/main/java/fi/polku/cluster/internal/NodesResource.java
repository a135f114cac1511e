package fi.polku.cluster.internal;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/v1/admin/nodes}: the nodes of the cluster for the IT admin, each with its
 * bundles and those that differ from this node's (a version, a state, or missing on one side),
 * which is what an update rolled out one node at a time leaves to look at.
 */
@Component(service = NodesResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/admin/nodes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class NodesResource {
    /** A bundle that this node and the other run differently; null where one does not have it. */
    public record Difference(String name, String here, String there) {}

    public record NodeView(String name, boolean thisNode, boolean up, Instant startedAt, Instant seenAt, int bundles, int active,
            List<Difference> differences) {}

    private final Nodes nodes;

    @Activate
    public NodesResource(@Reference Nodes nodes) {
        this.nodes = nodes;
    }

    @GET
    public List<NodeView> list() {
        List<Nodes.Node> all = nodes.nodes();
        Map<String, String> here = versions(all.stream().filter(n -> n.name().equals(nodes.self())).findFirst().orElse(null));
        return all.stream().map(n -> {
            Map<String, String> there = versions(n);
            TreeSet<String> names = new TreeSet<>(here.keySet());
            names.addAll(there.keySet());
            List<Difference> differences = names.stream().filter(b -> !Objects.equals(here.get(b), there.get(b)))
                    .map(b -> new Difference(b, here.get(b), there.get(b))).toList();
            return new NodeView(n.name(), n.name().equals(nodes.self()), n.up(), n.startedAt(), n.seenAt(), n.bundles().size(),
                    (int) n.bundles().stream().filter(b -> b.state().equals("ACTIVE")).count(), differences);
        }).toList();
    }

    private static Map<String, String> versions(Nodes.Node node) {
        Map<String, String> v = new HashMap<>();
        if (node != null) {
            node.bundles().forEach(b -> v.put(b.name(), b.version() + " " + b.state()));
        }
        return v;
    }
}
