package fi.polku.cluster.internal;

import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import fi.polku.api.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes of this cluster: every node writes its row every 5 seconds, with the bundles it runs,
 * and removes it when it stops in order. Health (for staff) names the nodes seen in the last 30
 * seconds and those away; another node being away is not this node's fault, so the check stays UP.
 */
@Component(service = {HealthIndicator.class, Nodes.class}, immediate = true)
public final class Nodes implements HealthIndicator {
    static final Duration AWAY_AFTER = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(Nodes.class);

    /** A bundle as a node runs it. */
    public record BundleOnNode(String name, String version, String state) {}

    /** A node as the database last heard of it. */
    public record Node(String name, Instant startedAt, Instant seenAt, List<BundleOnNode> bundles, boolean up) {}

    private final PersistenceUnit unit;
    private final String cluster;
    private final String node;
    private final BundleContext context;
    private final Instant started = Instant.now();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "polku-node-heartbeat");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public Nodes(@Reference ClusterDatabase database, BundleContext context) {
        this.unit = database.unit();
        this.cluster = database.cluster();
        this.node = database.node();
        this.context = context;
        timer.scheduleWithFixedDelay(this::beat, 0, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void leave() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        try (Connection c = unit.connection(); PreparedStatement d = c.prepareStatement("DELETE FROM cluster.node WHERE cluster = ? AND name = ?")) {
            d.setString(1, cluster);
            d.setString(2, node);
            d.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not remove this node ({}) from the cluster's list: {}", node, e.getClass().getSimpleName());
        }
    }

    private void beat() {
        try (Connection c = unit.connection(); PreparedStatement up = c.prepareStatement("INSERT INTO cluster.node (cluster, name, started_at, "
                + "seen_at, bundles) VALUES (?, ?, ?, now(), ?) ON CONFLICT (cluster, name) DO UPDATE SET started_at = excluded.started_at, "
                + "seen_at = excluded.seen_at, bundles = excluded.bundles")) {
            up.setString(1, cluster);
            up.setString(2, node);
            up.setTimestamp(3, Timestamp.from(started));
            up.setString(4, bundles());
            up.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            // The database being away is health's to report; the next beat tries again.
            LOG.debug("Node heartbeat not written: {}", e.toString());
        }
    }

    /** This node's bundles, a line each: symbolic name, version, state, between tabs. */
    private String bundles() {
        StringBuilder lines = new StringBuilder();
        for (Bundle b : context.getBundles()) {
            lines.append(b.getSymbolicName()).append('\t').append(b.getVersion()).append('\t').append(state(b.getState())).append('\n');
        }
        return lines.toString();
    }

    private static List<BundleOnNode> parse(String lines) {
        List<BundleOnNode> bundles = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                bundles.add(new BundleOnNode(f[0], f[1], f[2]));
            }
        }
        return bundles;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }

    /** Every node of the cluster the database knows, this one included. */
    public List<Node> nodes() {
        List<Node> all = new ArrayList<>();
        try (Connection c = unit.connection(); PreparedStatement q = c.prepareStatement("SELECT name, started_at, seen_at, bundles, "
                + "seen_at > now() - make_interval(secs => ?) FROM cluster.node WHERE cluster = ? ORDER BY name")) {
            q.setLong(1, AWAY_AFTER.toSeconds());
            q.setString(2, cluster);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    all.add(new Node(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), parse(rs.getString(4)),
                            rs.getBoolean(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cluster's nodes", e);
        }
        return all;
    }

    String self() {
        return node;
    }

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public Health check() {
        List<Node> all = nodes();
        List<String> up = all.stream().filter(Node::up).map(n -> n.name() + (n.name().equals(node) ? " (this node)" : "")).toList();
        List<String> away = all.stream().filter(n -> !n.up()).map(n -> n.name() + " (last seen " + n.seenAt() + ")").toList();
        return Health.up(up.size() + (up.size() == 1 ? " node up: " : " nodes up: ") + String.join(", ", up)
                + (away.isEmpty() ? "" : "; away: " + String.join(", ", away)));
    }
}
