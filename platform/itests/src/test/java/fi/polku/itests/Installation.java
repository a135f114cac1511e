package fi.polku.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * An installation of the assembled distribution for one test class: its programs and bundles
 * ({@code bin}, {@code lib}, {@code system}) linked from {@code platform/distribution/target/polku},
 * its {@code configs} copied and an empty {@code deploy}, so what the admin API or
 * {@code create-admin} writes there stays with that test, whichever tests run beside it.
 */
final class Installation {
    static final Path DISTRIBUTION = Path.of(System.getProperty("polku.home", "../distribution/target/polku")).toAbsolutePath().normalize();

    private Installation() {}

    /** A new installation in a temporary folder; its {@code bin/polku} runs with it as its home. */
    static Path create(String name) {
        try {
            Path home = Files.createTempDirectory("polku-home-" + name);
            for (String part : new String[] {"bin", "lib", "system"}) {
                Files.createSymbolicLink(home.resolve(part), DISTRIBUTION.resolve(part));
            }
            Path configs = Files.createDirectories(home.resolve("configs"));
            try (Stream<Path> files = Files.list(DISTRIBUTION.resolve("configs"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, configs.resolve(f.getFileName()));
                }
            }
            Files.createDirectories(home.resolve("deploy"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
