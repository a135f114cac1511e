package fi.polku.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The launcher runs programs (PostgreSQL's {@code pg_ctl}, {@code postgres}) and loads code
 * (the bundles) from the installation. Another account that can write to any of it could run its
 * own code as Polku's, with the job seekers' data. Like sshd's {@code StrictModes}, everything is
 * checked before use: it must belong to the account that runs Polku (or to root, as a package
 * installs it) and be writable by nobody else.
 */
final class SafeFiles {
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private SafeFiles() {}

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder readable and writable by the owner alone, or checks the one there. */
    static void ownerOnlyFolder(Path folder) throws LauncherException {
        try {
            if (Files.notExists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder);
                if (posix()) {
                    Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
                }
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.DATABASE, "Cannot create the folder " + folder + ": " + e.getMessage());
        }
        check(folder);
    }

    /** Checks the path and, for a folder, everything below it (links are checked, not followed). */
    static void checkTree(Path root) throws LauncherException {
        if (!posix() || Files.notExists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                check(p);
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.DATABASE, "Cannot check " + root + ": " + e.getMessage());
        }
    }

    /**
     * The parts of an installation that the launcher reads or loads code from: programs and
     * libraries, bundles, configuration, the deploy folder.
     */
    static void checkInstallation(Path home) throws LauncherException {
        for (String part : new String[] {"bin", "lib", "system", "configs", "deploy"}) {
            checkTree(home.resolve(part));
        }
    }

    /** One path: owned by this account or root, writable by no other account. */
    static void check(Path p) throws LauncherException {
        if (!posix()) {
            return; // Windows: ACLs, not modes; Polku is run on Linux and macOS
        }
        try {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                return; // a link's own mode means nothing; its target is checked where it lies
            }
            String me = System.getProperty("user.name");
            String owner = a.owner().getName();
            if (!owner.equals(me) && !"root".equals(owner)) {
                throw new LauncherException(LauncherException.UNSAFE_FILES, p + " belongs to " + owner + ", not to " + me
                        + " who runs Polku; another account could change what Polku runs. Make it " + me + "'s (chown) or remove it.");
            }
            Set<PosixFilePermission> perms = a.permissions();
            // Group-writable is safe only for the owner's private group (umask 002 on many Linux systems).
            boolean groupWrite = perms.contains(PosixFilePermission.GROUP_WRITE) && !a.group().getName().equals(owner);
            if (groupWrite || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new LauncherException(LauncherException.UNSAFE_FILES, p + " is writable by other accounts (mode "
                        + PosixFilePermissions.toString(perms) + "); they could change what Polku runs or reads. Run: chmod go-w '"
                        + p + "'" + (a.isDirectory() ? " (a folder Polku unpacked itself, such as data/postgres-runtime, may instead be removed: it is unpacked again)" : ""));
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.UNSAFE_FILES, "Cannot check " + p + ": " + e.getMessage());
        }
    }

    /** For a new folder that holds personal data: owner-only where the file system knows permissions. */
    static java.nio.file.attribute.FileAttribute<?>[] ownerOnlyFolderAttributes() {
        return posix() ? new java.nio.file.attribute.FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER)}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    /** For a new file that holds personal data. */
    static java.nio.file.attribute.FileAttribute<?>[] ownerOnlyFileAttributes() {
        return posix() ? new java.nio.file.attribute.FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    /** Every folder and file under {@code root} owner-only, as PostgreSQL wants its data folder. */
    static void ownerOnlyTree(Path root) throws java.io.IOException {
        if (!posix()) {
            return;
        }
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                java.nio.file.Files.setPosixFilePermissions(p, java.nio.file.Files.isDirectory(p) ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
            }
        }
    }
}
