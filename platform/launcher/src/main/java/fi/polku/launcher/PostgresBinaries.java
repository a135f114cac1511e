package fi.polku.launcher;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL's programs, shipped inside the launcher's class path (zonky's binary artifacts) and
 * unpacked into {@code data/postgres-runtime/pg-<digest>}, readable and writable by the owner
 * alone. Zonky's own unpacking makes the folder writable by everyone (it is a test library, for a
 * shared temp folder), so Polku takes only the archive from it and unpacks it here.
 */
final class PostgresBinaries {
    private static final String COMPLETE = ".complete";

    private PostgresBinaries() {}

    /** The folder with {@code pg_ctl}, {@code initdb} and {@code postgres}, checked before it is returned. */
    static Path prepare(Path runtime) throws LauncherException {
        try {
            if (Files.exists(runtime, LinkOption.NOFOLLOW_LINKS) && !safe(runtime)) {
                // Polku before 0.2 left this folder writable by everyone: never run what is in it.
                Main.log("WARNING: " + runtime + " was writable by other accounts; removing it and unpacking PostgreSQL again");
                deleteTree(runtime);
            }
            SafeFiles.ownerOnlyFolder(runtime);
            byte[] archive = archive();
            Path dir = runtime.resolve("pg-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive), 0, 8));
            if (!Files.exists(dir.resolve(COMPLETE))) {
                Path unpacking = Files.createTempDirectory(runtime, "unpacking-");
                unpack(archive, unpacking);
                Files.createFile(unpacking.resolve(COMPLETE));
                if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(dir); // an unpacking that was interrupted
                }
                Files.move(unpacking, dir, StandardCopyOption.ATOMIC_MOVE);
            }
            SafeFiles.checkTree(runtime);
            return dir.resolve("bin");
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new LauncherException(LauncherException.DATABASE,
                    "Cannot unpack PostgreSQL into " + runtime + ": " + EmbeddedDatabase.rootMessage(e));
        }
    }

    private static boolean safe(Path runtime) {
        try {
            SafeFiles.checkTree(runtime);
            return true;
        } catch (LauncherException e) {
            return false;
        }
    }

    private static byte[] archive() throws IOException, LauncherException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("linux") ? "Linux" : os.contains("mac") ? "Darwin" : null;
        if (system == null) {
            throw new LauncherException(LauncherException.DATABASE, "The embedded PostgreSQL runs on Linux and macOS only; set db.url to an external PostgreSQL");
        }
        String arch = System.getProperty("os.arch");
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, "amd64".equals(arch) ? "x86_64" : arch)) {
            return in.readAllBytes();
        } catch (IllegalStateException noBinaries) {
            throw new LauncherException(LauncherException.DATABASE, "No embedded PostgreSQL for " + system + " " + arch
                    + "; set db.url to an external PostgreSQL");
        }
    }

    /** Unpacks the .txz; every entry stays inside {@code target} and gets owner-only permissions. */
    static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new java.io.ByteArrayInputStream(archive)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = inside(target, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                    continue;
                }
                Files.createDirectories(p.getParent());
                if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(p, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createLink(p, inside(target, e.getLinkName()));
                } else {
                    Files.copy(tar, p, StandardCopyOption.REPLACE_EXISTING);
                    if (SafeFiles.posix()) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString((e.getMode() & 0100) != 0 ? "r-x------" : "r--------"));
                    }
                }
            }
        }
        if (SafeFiles.posix()) {
            try (Stream<Path> all = Files.walk(target)) {
                for (Path d : (Iterable<Path>) all.filter(Files::isDirectory)::iterator) {
                    Files.setPosixFilePermissions(d, SafeFiles.OWNER_ONLY_FOLDER);
                }
            }
        }
    }

    private static Path inside(Path root, String name) throws IOException {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root)) {
            throw new IOException("the archive names a path outside its folder: " + name);
        }
        return p;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                if (SafeFiles.posix() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, SafeFiles.OWNER_ONLY_FOLDER);
                }
                Files.delete(p);
            }
        }
    }
}
