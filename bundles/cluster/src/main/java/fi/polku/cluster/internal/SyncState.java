package fi.polku.cluster.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What this node last had in common with the cluster, file by file ("folder/name" to SHA-256),
 * kept beside the files ({@code configs/.polku-shared-state}, a name FileInstall does not watch)
 * so that it outlives a restart. At start it tells a file changed here while the node was away
 * (it differs from what was last in common: it is shared) from one the cluster changed meanwhile
 * (it is replaced). A node without it, a new one, takes the cluster's files.
 */
final class SyncState {
    private final Path file;

    SyncState(Path folder) {
        this.file = folder == null ? null : folder.resolve(".polku-shared-state");
    }

    Map<String, String> load() throws IOException {
        Map<String, String> known = new HashMap<>();
        if (file == null || !Files.exists(file)) {
            return known;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.stringPropertyNames().forEach(k -> known.put(k, p.getProperty(k)));
        return known;
    }

    /** Files deleted in common are left out: a file that is not there has nothing to tell. */
    void save(Map<String, String> known) throws IOException {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        known.forEach((k, sha) -> {
            if (sha != null) {
                p.setProperty(k, sha);
            }
        });
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Polku: the shared files as this node last had them in common with the cluster; do not edit");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
