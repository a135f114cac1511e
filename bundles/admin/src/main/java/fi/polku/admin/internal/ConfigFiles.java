package fi.polku.admin.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Hashtable;
import org.apache.felix.cm.json.io.ConfigurationReader;
import org.apache.felix.cm.json.io.Configurations;

/**
 * Reading and writing the files in {@code configs/} that the admin API changes. The file is the
 * one truth, as if an admin had edited it: FileInstall applies it within a second.
 */
public final class ConfigFiles {
    private ConfigFiles() {}

    public static Hashtable<String, Object> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ConfigurationReader reader = Configurations.buildReader().build(r);
            return reader.readConfiguration();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Written whole to a temporary file outside FileInstall's sight (a name it does not watch),
     * synced, and moved into place: FileInstall never reads half a file, and a crash right after
     * the admin's change was acknowledged does not lose it.
     */
    public static void write(Path file, Hashtable<String, Object> props, String header) {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            StringWriter text = new StringWriter();
            text.write(header);
            Configurations.buildWriter().build(text).writeConfiguration(props);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ch.write(StandardCharsets.UTF_8.encode(text.toString()));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
