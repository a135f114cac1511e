package fi.polku.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message catalogue in the repository, Polku's bundles and the partner example alike, has
 * each key in fi, sv and en with the same placeholders. A translator's gap fails the build, not a
 * caseworker's day.
 */
class EveryCatalogueIsCompleteTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void everyBundlesCatalogueHasEveryKeyInEveryLanguage() throws IOException {
        Map<Path, Catalogue> catalogues = new TreeMap<>();
        for (String top : List.of("bundles", "examples")) {
            try (Stream<Path> folders = Files.walk(ROOT.resolve(top))) {
                for (Path folder : folders.filter(p -> p.endsWith(Path.of("src/main/resources/OSGI-INF/l10n"))).toList()) {
                    catalogues.put(ROOT.relativize(folder), read(folder));
                }
            }
        }
        // The platform's own bundles with texts, and the partner example: a walk that found none would prove nothing.
        assertTrue(catalogues.size() >= 7, "catalogues found: " + catalogues.keySet());
        List<String> problems = new ArrayList<>();
        catalogues.forEach((folder, c) -> c.problems().forEach(p -> problems.add(folder + ": " + p)));
        assertEquals(List.of(), problems);
    }

    /** A key written twice in one file: java.util.Properties keeps the last one silently, so the first text is lost. */
    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        List<String> twice = new ArrayList<>();
        for (String top : List.of("bundles", "examples")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(top))) {
                for (Path f : files.filter(p -> p.toString().contains("src/main/resources/OSGI-INF/l10n/")
                        && Catalogue.FILE.matcher(p.getFileName().toString()).matches()).toList()) {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (String line : Files.readAllLines(f)) {
                        String l = line.strip();
                        if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                            continue;
                        }
                        String key = l.substring(0, l.indexOf('=')).strip();
                        if (!seen.add(key)) {
                            twice.add(ROOT.relativize(f) + ": " + key);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    private static Catalogue read(Path folder) throws IOException {
        Map<String, Catalogue.Source> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.toList()) {
                Matcher m = Catalogue.FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    files.put(m.group(1), () -> Files.newInputStream(f));
                }
            }
        }
        return Catalogue.read(files);
    }
}
