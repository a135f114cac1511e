package fi.polku.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Sizes the embedded PostgreSQL for Polku's writes, once, in its own {@code postgresql.conf}
 * (where an IT admin can change the values, or override them with {@code ALTER SYSTEM}). With the
 * defaults (1 GB of WAL between checkpoints, 128 MB of buffers) a bulk load forced a checkpoint
 * every ten seconds, and after each one every index page touched was written whole into the WAL
 * again: the load slowed as the indexes grew (64 forced checkpoints loading a million job
 * seekers). Durability is untouched: fsync, synchronous_commit and full_page_writes stay on; a
 * longer distance between checkpoints only means more WAL to replay after a crash.
 */
final class PostgresTuning {
    static final String MARKER = "# Polku: sized for its writes";
    static final String BLOCK = "\n" + MARKER + " (launcher, once; change freely, durability settings are checked at start)\n"
            + "shared_buffers = 512MB\n"
            + "max_wal_size = 4GB\n"
            + "min_wal_size = 256MB\n"
            + "checkpoint_timeout = 15min\n";

    private PostgresTuning() {}

    /** Appends the block unless the file has it already: an admin's later edits are never overwritten. */
    static void apply(Path pgData) throws IOException {
        Path conf = pgData.resolve("postgresql.conf");
        if (!Files.exists(conf) || Files.readString(conf).contains(MARKER)) {
            return;
        }
        Files.writeString(conf, BLOCK, StandardOpenOption.APPEND);
    }
}
