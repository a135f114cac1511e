package fi.polku.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderTest {
    @TempDir
    Path dir;

    @Test
    void configsShareConfigurationFilesButNotACreateAdminOrderOrHiddenFiles() {
        LocalFolder configs = LocalFolder.configs(dir);
        assertTrue(configs.shares("fi.polku.municipality~kotka.cfg.json"));
        assertFalse(configs.shares("fi.polku.security.admin~ilona.cfg.json"), "a one-time order to the shared database");
        assertFalse(configs.shares(".fi.polku.area.cfg.json.tmp"));
        assertFalse(configs.shares("polku.properties"), "the node's own settings");
        assertFalse(configs.shares("logback.xml"), "the node's own log");
        assertFalse(configs.shares("../deploy/x.cfg.json"), "a name, never a path");
        assertTrue(LocalFolder.deploy(dir).shares("partner-coaching-1.0.0.jar"));
        assertFalse(LocalFolder.deploy(dir).shares("notes.txt"));
    }

    @Test
    void writtenWholeAndScannedWithItsHash() throws Exception {
        LocalFolder configs = LocalFolder.configs(dir);
        byte[] content = "{\"module.coaching\": \"\"}".getBytes(StandardCharsets.UTF_8);
        configs.write("fi.polku.municipality~kotka.cfg.json", content);
        Files.writeString(dir.resolve("logback.xml"), "<configuration/>");
        assertEquals(Map.of("fi.polku.municipality~kotka.cfg.json", LocalFolder.sha(content)), configs.scan());
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
        byte[] changed = "{\"module.coaching\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        configs.write("fi.polku.municipality~kotka.cfg.json", changed);
        assertEquals(LocalFolder.sha(changed), configs.scan().get("fi.polku.municipality~kotka.cfg.json"), "a changed file is read again");
        configs.delete("fi.polku.municipality~kotka.cfg.json");
        assertNull(configs.sha("fi.polku.municipality~kotka.cfg.json"));
    }

    @Test
    void theStateInCommonOutlivesARestartWithoutDeletedFiles() throws Exception {
        SyncState state = new SyncState(dir);
        assertEquals(Map.of(), state.load(), "a new node has nothing in common yet");
        Map<String, String> known = new HashMap<>();
        known.put("configs/a.cfg.json", "ab12");
        known.put("deploy/b.jar", null);
        state.save(known);
        assertEquals(Map.of("configs/a.cfg.json", "ab12"), new SyncState(dir).load());
        assertFalse(LocalFolder.configs(dir).shares(".polku-shared-state"));
    }
}
