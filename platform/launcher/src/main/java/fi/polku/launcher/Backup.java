package fi.polku.launcher;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code bin/polku backup FILE} and {@code bin/polku restore FILE}: a physical backup of the
 * embedded database, and its restore. The zonky binaries have no {@code pg_dump} or
 * {@code pg_basebackup}, so the launcher uses PostgreSQL's low-level backup API (documented in
 * "Making a Base Backup Using the Low Level API"):
 *
 * <ul>
 * <li>While Polku runs: a temporary physical replication slot keeps every WAL segment from the
 *     backup's start; {@code pg_backup_start} (an immediate checkpoint); the data folder is copied
 *     into a ZIP; {@code pg_backup_stop} gives the {@code backup_label}; then the WAL written
 *     meanwhile is copied. Restored, the server replays that WAL and is consistent as of the end
 *     of the backup. Nothing stops; users go on working.
 * <li>While Polku is stopped: the data folder as it is (a cold copy), with its WAL.
 * </ul>
 *
 * The ZIP holds personal data: it is written owner-only, synced, and renamed into place only when
 * whole. A restore needs Polku stopped; it keeps the database it replaces beside it
 * ({@code postgres.replaced-<time>}), so that a mistaken restore loses nothing.
 */
final class Backup {
    private static final String PG = "postgres/";
    private static final String PASSWORD_ENTRY = EmbeddedDatabase.PASSWORD_FILE;
    /** Contents PostgreSQL rebuilds or must not get back (the directories themselves are kept). */
    private static final Set<String> SKIP_CONTENTS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> SKIP_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backup() {}

    /** Writes the backup to {@code file}; answers what was written, for the person who asked. */
    static String backup(LauncherConfig config, Path file) throws LauncherException {
        Path data = embeddedDataDir(config);
        Path pgData = data.resolve("postgres");
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "There is no database in " + pgData + " to back up yet");
        }
        Path target = file.toAbsolutePath().normalize();
        if (target.startsWith(data)) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "Write the backup outside the data folder " + data
                    + " (on another disk, preferably): a backup beside the data is lost with it");
        }
        long t0 = System.nanoTime();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        FileLock lock = tryLock(data);
        try {
            if (lock == null) {
                online(data, pgData, partial);
            } else {
                requireNoServer(pgData);
                try (ZipOutputStream zip = zip(partial)) {
                    copyFolder(pgData, zip, true);
                    copyFile(data.resolve(PASSWORD_ENTRY), PASSWORD_ENTRY, zip);
                }
            }
            sync(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            sync(target.getParent());
            return String.format("backup of %s written to %s (%d MB, %.1f s, %s)", pgData, target, Files.size(target) >> 20,
                    (System.nanoTime() - t0) / 1e9, lock == null ? "taken while Polku ran" : "Polku was stopped");
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the message below says what failed
            }
            throw new LauncherException(LauncherException.DATABASE, "The backup failed and nothing was written: " + EmbeddedDatabase.rootMessage(e));
        } finally {
            release(lock);
        }
    }

    /** Replaces the embedded database by the backup in {@code file}; Polku must be stopped. */
    static String restore(LauncherConfig config, Path file) throws LauncherException {
        Path data = embeddedDataDir(config);
        Path pgData = data.resolve("postgres");
        if (!Files.isRegularFile(file)) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "No backup file " + file);
        }
        FileLock lock = tryLock(data);
        if (lock == null) {
            throw new LauncherException(LauncherException.DATABASE, "Polku is running on the data folder " + data + ": stop it first, then restore");
        }
        try {
            requireNoServer(pgData);
            String stamp = LocalDateTime.now().format(STAMP);
            Path incoming = data.resolve("postgres.restoring-" + stamp);
            Files.createDirectory(incoming, SafeFiles.ownerOnlyFolderAttributes());
            boolean version = false;
            boolean password = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().equals(PASSWORD_ENTRY)) {
                        Files.write(incoming.resolve(PASSWORD_ENTRY), zip.readAllBytes());
                        password = true;
                        continue;
                    }
                    if (!e.getName().startsWith(PG)) {
                        throw new LauncherException(LauncherException.BAD_CONFIG, file + " is not a Polku backup (it has " + e.getName() + ")");
                    }
                    Path out = incoming.resolve("postgres").resolve(e.getName().substring(PG.length())).normalize();
                    if (!out.startsWith(incoming.resolve("postgres"))) {
                        throw new LauncherException(LauncherException.BAD_CONFIG, file + " names a file outside the database: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        try (OutputStream o = Files.newOutputStream(out)) {
                            zip.transferTo(o);
                        }
                        version |= e.getName().equals(PG + "PG_VERSION");
                    }
                }
            }
            if (!version || !password) {
                throw new LauncherException(LauncherException.BAD_CONFIG, file + " is not a whole Polku backup (no " + (version ? PASSWORD_ENTRY : "PG_VERSION") + ")");
            }
            SafeFiles.ownerOnlyTree(incoming);
            Path replaced = data.resolve("postgres.replaced-" + stamp);
            if (Files.exists(pgData)) {
                Files.move(pgData, replaced, StandardCopyOption.ATOMIC_MOVE);
                Files.copy(data.resolve(PASSWORD_ENTRY), replaced.resolve(PASSWORD_ENTRY), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(incoming.resolve("postgres"), pgData, StandardCopyOption.ATOMIC_MOVE);
            Files.move(incoming.resolve(PASSWORD_ENTRY), data.resolve(PASSWORD_ENTRY), StandardCopyOption.REPLACE_EXISTING);
            Files.delete(incoming);
            return "restored " + file + " into " + pgData + (Files.exists(replaced) ? "; the database it replaced is kept in " + replaced : "")
                    + "; start Polku to bring it up (it replays the log written during the backup)";
        } catch (IOException e) {
            throw new LauncherException(LauncherException.DATABASE, "The restore failed: " + EmbeddedDatabase.rootMessage(e)
                    + " (the database in " + pgData + " was not replaced unless a 'postgres.replaced-' folder says so)");
        } finally {
            release(lock);
        }
    }

    // ---- while running -------------------------------------------------------------------

    private static void online(Path data, Path pgData, Path partial) throws IOException, SQLException, LauncherException {
        List<String> pid = Files.readAllLines(pgData.resolve("postmaster.pid"));
        int port = Integer.parseInt(pid.get(3).trim()); // the postmaster.pid's fourth line is its port
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", Files.readString(data.resolve(PASSWORD_ENTRY)).trim());
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://localhost:" + port + "/postgres", p);
                Statement s = c.createStatement(); ZipOutputStream zip = zip(partial)) {
            // Reserves the WAL from here on until this session ends, so no checkpoint recycles what the restore replays.
            s.execute("SELECT pg_create_physical_replication_slot('polku_backup_' || pg_backend_pid(), true, true)");
            s.execute("SELECT pg_backup_start('polku backup', true)");
            copyFolder(pgData, zip, false);
            copyFile(data.resolve(PASSWORD_ENTRY), PASSWORD_ENTRY, zip);
            try (ResultSet rs = s.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                rs.next();
                text(PG + "backup_label", rs.getString(1), zip);
                String map = rs.getString(2);
                if (map != null && !map.isEmpty()) {
                    text(PG + "tablespace_map", map, zip);
                }
            }
            // The WAL written while the files were copied: the restore replays it to the backup's end.
            try (Stream<Path> wal = Files.list(pgData.resolve("pg_wal"))) {
                for (Path f : (Iterable<Path>) wal.sorted()::iterator) {
                    if (Files.isRegularFile(f)) {
                        copyFile(f, PG + "pg_wal/" + f.getFileName(), zip);
                    }
                }
            }
        }
    }

    // ---- files -----------------------------------------------------------------------------

    private static ZipOutputStream zip(Path partial) throws IOException {
        Files.deleteIfExists(partial);
        Files.createFile(partial, SafeFiles.ownerOnlyFileAttributes());
        return new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.WRITE), 1 << 16));
    }

    /** The data folder; with {@code withWal} (a cold copy) the WAL too. Files that vanish while copied (a temporary file) are skipped. */
    private static void copyFolder(Path pgData, ZipOutputStream zip, boolean withWal) throws IOException {
        try (Stream<Path> all = Files.walk(pgData)) {
            for (Path f : (Iterable<Path>) all.sorted()::iterator) {
                Path rel = pgData.relativize(f);
                if (rel.toString().isEmpty()) {
                    continue;
                }
                String name = PG + rel.toString().replace('\\', '/');
                boolean skipped = rel.getNameCount() > 1 && SKIP_CONTENTS.contains(rel.getName(0).toString())
                        && !(withWal && rel.getName(0).toString().equals("pg_wal"));
                if (Files.isDirectory(f)) {
                    if (!skipped || rel.getName(0).toString().equals("pg_wal")) {
                        zip.putNextEntry(new ZipEntry(name + "/"));
                        zip.closeEntry();
                    }
                } else if (!skipped && !SKIP_FILES.contains(rel.toString()) && !rel.getFileName().toString().startsWith("pgsql_tmp")
                        && !rel.getFileName().toString().equals("pg_internal.init")) {
                    copyFile(f, name, zip);
                }
            }
        }
    }

    private static void copyFile(Path f, String name, ZipOutputStream zip) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(f);
        } catch (java.nio.file.NoSuchFileException gone) {
            return;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void text(String name, String content, ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void sync(Path path) throws IOException {
        try (FileChannel c = FileChannel.open(path, Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    // ---- the data folder ------------------------------------------------------------------

    private static Path embeddedDataDir(LauncherConfig config) throws LauncherException {
        if (!config.embeddedDatabase()) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "Polku uses an external PostgreSQL (db.url): back it up and restore it "
                    + "with PostgreSQL's own tools (pg_basebackup or pgBackRest), as its administrators do");
        }
        return config.dataDir().toAbsolutePath().normalize();
    }

    /** The data folder's lock when no Polku holds it; null while one runs. */
    private static FileLock tryLock(Path data) throws LauncherException {
        try {
            FileChannel channel = FileChannel.open(data.resolve("polku.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (IOException e) {
            throw new LauncherException(LauncherException.DATABASE, "Cannot lock the data folder " + data + ": " + e.getMessage());
        }
    }

    /** A server left running without Polku would change the files under a cold copy or a restore. */
    private static void requireNoServer(Path pgData) throws LauncherException {
        if (!PostgresProcesses.on(pgData).isEmpty()) {
            throw new LauncherException(LauncherException.DATABASE, "A PostgreSQL left behind by an earlier start still runs on " + pgData
                    + ": start Polku once (it stops it in order) and stop it, then try again");
        }
    }

    private static void release(FileLock lock) {
        if (lock != null) {
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException ignored) {
                // the process ends and the lock with it
            }
        }
    }
}
