package fi.polku.admin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Stream;

/** The municipalities' configuration files: finding one by code and changing its module mapping. */
final class MappingFiles {
    private MappingFiles() {}

    /** Sets {@code module.<serviceType>} in the municipality's file; returns the file. */
    static synchronized Path write(Path configs, String code, String serviceType, String moduleId) {
        Path file = fileOf(configs, code);
        Hashtable<String, Object> props = read(file);
        props.put("module." + serviceType, moduleId);
        write(file, props);
        return file;
    }

    static Path fileOf(Path configs, String code) {
        try (Stream<Path> files = Files.list(configs)) {
            List<Path> candidates = files.filter(f -> f.getFileName().toString().matches("fi\\.polku\\.municipality~.+\\.cfg\\.json")).toList();
            for (Path f : candidates) {
                if (code.equals(String.valueOf(read(f).get("code")))) {
                    return f;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new NoFileException(code);
    }

    /** The municipality has no configuration file: the caller answers in its own words. */
    static final class NoFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        NoFileException(String code) {
            super("No configuration file for municipality " + code);
            this.code = code;
        }
    }

    static Hashtable<String, Object> read(Path file) {
        return ConfigFiles.read(file);
    }

    private static void write(Path file, Hashtable<String, Object> props) {
        ConfigFiles.write(file, props,
                "// Written by the admin API; edit by hand or through PUT /api/v1/admin/municipalities/{code}/modules/{type}.\n");
    }
}
