package fi.polku.cluster.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One folder of this node that the cluster shares ({@code configs} or {@code deploy}): the files
 * it shares, their SHA-256, and writing a file the way FileInstall never half-reads it.
 */
final class LocalFolder {
    private final String name;
    private final Path dir;
    private final Predicate<String> shared;
    /** The hash of each file as last read, with the size and time it had then: a file that kept both is not read again. */
    private final Map<String, Stamp> stamps = new java.util.HashMap<>();

    private record Stamp(long size, java.nio.file.attribute.FileTime modified, String sha) {}

    LocalFolder(String name, Path dir, Predicate<String> shared) {
        this.name = name;
        this.dir = dir;
        this.shared = shared;
    }

    /** The configuration files, but not a create-admin file: that is a one-time order to the (shared) database. */
    static LocalFolder configs(Path dir) {
        return new LocalFolder("configs", dir, f -> f.endsWith(".cfg.json") && !f.startsWith("fi.polku.security.admin~"));
    }

    static LocalFolder deploy(Path dir) {
        return new LocalFolder("deploy", dir, f -> f.endsWith(".jar"));
    }

    String name() {
        return name;
    }

    boolean shares(String file) {
        return shared.test(file) && !file.startsWith(".") && file.equals(Path.of(file).getFileName().toString());
    }

    /** Every shared file now, by name, with its SHA-256. */
    Map<String, String> scan() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                String file = p.getFileName().toString();
                if (shares(file)) {
                    String sha = stampedSha(p, file);
                    if (sha != null) {
                        files.put(file, sha);
                    }
                }
            }
        }
        stamps.keySet().retainAll(files.keySet()); // forgotten once gone
        return files;
    }

    /** Scanned every second: a file is read and hashed again only when its size or time changed. */
    private String stampedSha(Path p, String file) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException gone) {
            return null;
        }
        if (!a.isRegularFile()) {
            return null;
        }
        Stamp known = stamps.get(file);
        if (known != null && known.size() == a.size() && known.modified().equals(a.lastModifiedTime())) {
            return known.sha();
        }
        String sha = sha(file);
        if (sha != null) {
            stamps.put(file, new Stamp(a.size(), a.lastModifiedTime(), sha));
        }
        return sha;
    }

    /** The file's SHA-256, null when it is not there. */
    String sha(String file) throws IOException {
        byte[] content = read(file);
        return content == null ? null : sha(content);
    }

    byte[] read(String file) throws IOException {
        try {
            return Files.readAllBytes(dir.resolve(file));
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    Instant modified(String file) throws IOException {
        return Files.getLastModifiedTime(dir.resolve(file)).toInstant();
    }

    /** Written whole under a name FileInstall does not watch, synced, then moved into place. */
    void write(String file, byte[] content) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file + ".cluster.tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void delete(String file) throws IOException {
        Files.deleteIfExists(dir.resolve(file));
    }

    static String sha(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
