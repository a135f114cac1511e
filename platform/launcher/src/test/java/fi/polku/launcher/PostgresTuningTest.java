package fi.polku.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTuningTest {
    @Test
    void theBlockIsAddedOnceAndAnAdminsChangeStays(@TempDir Path pgData) throws Exception {
        Path conf = pgData.resolve("postgresql.conf");
        Files.writeString(conf, "#fsync = on\n");
        PostgresTuning.apply(pgData);
        String once = Files.readString(conf);
        assertTrue(once.contains("max_wal_size = 4GB"), once);
        Files.writeString(conf, once.replace("shared_buffers = 512MB", "shared_buffers = 2GB"));
        PostgresTuning.apply(pgData);
        String again = Files.readString(conf);
        assertEquals(once.replace("shared_buffers = 512MB", "shared_buffers = 2GB"), again);
        assertTrue(!again.contains("fsync = off") && !again.contains("synchronous_commit"), "durability settings are not written here");
    }
}
