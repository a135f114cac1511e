package fi.polku.cluster.internal;

import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.persistence.PersistenceUnits;
import fi.polku.api.persistence.UnitDefinition;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The bundle's schema {@code cluster}, and who this node is: its name ({@code polku.node.name},
 * set by the launcher to host:port) in its cluster ({@code polku.cluster.name}; every node on one
 * database is one cluster, "polku", unless told otherwise).
 */
@Component(service = ClusterDatabase.class)
public final class ClusterDatabase {
    static final String S = "cluster";
    private final PersistenceUnit unit;
    private final String cluster;
    private final String node;

    @Activate
    public ClusterDatabase(@Reference PersistenceUnits units, BundleContext context) {
        this.unit = units.open(UnitDefinition.of(S));
        String c = context.getProperty("polku.cluster.name");
        this.cluster = c == null || c.isBlank() ? "polku" : c;
        String n = context.getProperty("polku.node.name");
        this.node = n == null || n.isBlank() ? host() + ":" + context.getProperty("org.osgi.service.http.port") : n;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    PersistenceUnit unit() {
        return unit;
    }

    String cluster() {
        return cluster;
    }

    String node() {
        return node;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
