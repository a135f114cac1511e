package fi.polku.cluster.internal;

import fi.polku.api.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the {@code configs} and {@code deploy} folders of every node of a cluster alike. A file
 * that changes on this node, whether the admin API wrote it or a person did, is stored in the
 * database within a second and the other nodes are notified ({@code NOTIFY polku_shared_files});
 * each writes it into its own folder, where FileInstall applies it as it would any file. The
 * database is the truth: a node that starts takes what changed while it was away, except a file
 * changed on this node meanwhile (see {@link SyncState}), which it shares; then it shares what it
 * has that the others lack. A new node takes the cluster's files. Two nodes changing one file at
 * once: the last to commit wins on every node. Runs on one thread of its own; nothing it does
 * holds up a request.
 */
@Component(immediate = true)
public final class SharedFolders {
    static final String CHANNEL = "polku_shared_files";
    private static final Logger LOG = LoggerFactory.getLogger(SharedFolders.class);
    /** How often the database is read even without a notification (one lost with a dropped connection). */
    private static final long PULL_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final PersistenceUnit unit;
    private final String cluster;
    private final String node;
    private final List<LocalFolder> folders = new ArrayList<>();
    /** What this node last knew of each shared file ("folder/name"): its SHA-256, null once deleted. */
    private final Map<String, String> known = new HashMap<>();
    /**
     * A changed file's content hash as the last scan read it: a file is shared only when two scans a
     * second apart read the same, so a file half-written (an editor's or a test's truncate-then-write,
     * a jar being copied) is never shared, nor taken back from the database over the whole one.
     */
    private final Map<String, String> settling = new HashMap<>();
    /** The same as it was in common at the last stop: see {@link SyncState}. */
    private Map<String, String> before = Map.of();
    private final SyncState state;
    private long seenVersion;
    private volatile boolean running = true;
    private final Thread worker;

    @Activate
    public SharedFolders(@Reference ClusterDatabase database, BundleContext context) {
        this.unit = database.unit();
        this.cluster = database.cluster();
        this.node = database.node();
        String configs = context.getProperty("polku.configs.dir");
        String deploy = context.getProperty("polku.deploy.dir");
        if (configs != null) {
            folders.add(LocalFolder.configs(Path.of(configs)));
        }
        if (deploy != null) {
            folders.add(LocalFolder.deploy(Path.of(deploy)));
        }
        state = new SyncState(configs == null ? null : Path.of(configs));
        worker = new Thread(this::work, "polku-shared-folders");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(10_000);
    }

    private void work() {
        boolean starting = true;
        try {
            before = state.load();
        } catch (IOException e) {
            LOG.warn("{} unreadable: this node takes the cluster's files as a new node would", ".polku-shared-state");
        }
        while (running) {
            try (Connection listen = unit.connection()) {
                listen.setAutoCommit(true);
                try (Statement s = listen.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = listen.unwrap(PGConnection.class);
                pull(starting);
                share();
                if (starting) {
                    LOG.info("Node {} of cluster {}: configs and deploy in step with the other nodes ({} shared files)", node, cluster,
                            known.values().stream().filter(java.util.Objects::nonNull).count());
                    starting = false;
                }
                long lastPull = System.nanoTime();
                while (running) {
                    var notes = pg.getNotifications(1000);
                    if ((notes != null && notes.length > 0) || System.nanoTime() - lastPull > PULL_EVERY_NANOS) {
                        pull(false);
                        lastPull = System.nanoTime();
                    }
                    share();
                }
            } catch (SQLException | IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                // File names and the error's kind only: the files hold settings, never personal data, but stay out of the log.
                LOG.warn("Sharing configs and deploy with the other nodes paused ({}); trying again in 5 s", e.getClass().getSimpleName());
                try {
                    TimeUnit.SECONDS.sleep(5);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    /** Takes every change the database holds that this node has not seen yet. */
    private void pull(boolean starting) throws SQLException, IOException {
        Map<String, String> was = new HashMap<>(known);
        try (Connection c = unit.connection(); PreparedStatement q = c.prepareStatement("SELECT folder, name, content, sha256, version, "
                + "changed_at, changed_by FROM cluster.shared_file WHERE cluster = ? AND version > ? ORDER BY version")) {
            q.setString(1, cluster);
            q.setLong(2, seenVersion);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    LocalFolder folder = folder(rs.getString(1));
                    String file = rs.getString(2);
                    seenVersion = Math.max(seenVersion, rs.getLong(5));
                    if (folder == null || !folder.shares(file)) {
                        continue;
                    }
                    if (!starting && node.equals(rs.getString(7))) {
                        // This node's own change: the file has it, or a newer one that share() stores next.
                        known.put(folder.name() + "/" + file, rs.getString(4));
                        continue;
                    }
                    apply(folder, file, rs.getBytes(3), rs.getString(4), starting, rs.getString(7));
                }
            }
        }
        if (!known.equals(was)) {
            state.save(known);
        }
    }

    private void apply(LocalFolder folder, String file, byte[] content, String sha, boolean starting, String by) throws IOException {
        String key = folder.name() + "/" + file;
        String local = folder.sha(file);
        known.put(key, sha);
        if (java.util.Objects.equals(local, sha)) {
            return;
        }
        if (starting && local != null && before.containsKey(key) && !local.equals(before.get(key))) {
            LOG.info("{} {} was changed on this node while it was away: it is shared", folder.name(), file);
            return; // kept; share() stores it, since it differs from what the cluster has
        }
        if (sha == null) {
            folder.delete(file);
            LOG.info("{} {} deleted, as on node {}", folder.name(), file, by);
        } else {
            folder.write(file, content);
            LOG.info("{} {} taken from node {}", folder.name(), file, by);
        }
    }

    /** Stores every file of this node that differs from what the cluster last had, and tells the others. */
    private void share() throws SQLException, IOException {
        Map<String, String> was = new HashMap<>(known);
        for (LocalFolder folder : folders) {
            Map<String, String> now = folder.scan();
            for (Map.Entry<String, String> f : now.entrySet()) {
                String key = folder.name() + "/" + f.getKey();
                if (f.getValue().equals(known.get(key))) {
                    settling.remove(key);
                } else if (!f.getValue().equals(settling.put(key, f.getValue()))) {
                    continue; // changed since the last scan, or first seen changed: shared when it has settled
                } else {
                    byte[] content = folder.read(f.getKey());
                    if (content != null && LocalFolder.sha(content).equals(f.getValue())) {
                        store(folder.name(), f.getKey(), content, f.getValue());
                        known.put(key, f.getValue());
                        settling.remove(key);
                    }
                }
            }
            for (Map.Entry<String, String> k : new ArrayList<>(known.entrySet())) {
                String prefix = folder.name() + "/";
                if (k.getKey().startsWith(prefix) && k.getValue() != null && !now.containsKey(k.getKey().substring(prefix.length()))) {
                    store(folder.name(), k.getKey().substring(prefix.length()), null, null);
                    known.put(k.getKey(), null);
                }
            }
        }
        if (!known.equals(was)) {
            state.save(known);
        }
    }

    private void store(String folder, String file, byte[] content, String sha) throws SQLException {
        try (Connection c = unit.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement up = c.prepareStatement("INSERT INTO cluster.shared_file (cluster, folder, name, content, sha256, version, "
                    + "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, nextval('cluster.shared_file_version'), now(), ?) "
                    + "ON CONFLICT (cluster, folder, name) DO UPDATE SET content = excluded.content, sha256 = excluded.sha256, "
                    + "version = excluded.version, changed_at = excluded.changed_at, changed_by = excluded.changed_by "
                    + "WHERE shared_file.sha256 IS DISTINCT FROM excluded.sha256");
                 PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                up.setString(1, cluster);
                up.setString(2, folder);
                up.setString(3, file);
                up.setBytes(4, content);
                up.setString(5, sha);
                up.setString(6, node);
                if (up.executeUpdate() > 0) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, folder + "/" + file);
                    notify.execute();
                    LOG.debug("{} {} {} for the other nodes", folder, file, content == null ? "deleted" : "shared");
                }
                c.commit(); // the notification goes out with the commit, never before the row is there
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private LocalFolder folder(String name) {
        return folders.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
