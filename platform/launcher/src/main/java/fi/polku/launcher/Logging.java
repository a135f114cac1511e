package fi.polku.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the bundles' log goes. They log through SLF4J to Logback, configured by
 * {@code configs/logback.xml} (levels per package, changed at run time; the rotated files; text or
 * JSON); the launcher only tells Logback where that file, the log folder and the chosen format
 * are. A system property set on the command line ({@code JAVA_OPTS=-D...}) wins.
 *
 * <p>A few libraries (Jersey, SPI Fly) log through java.util.logging; they are kept to warnings
 * and written to standard output in the same layout.
 */
final class Logging {
    /** Held so the JDK does not collect the loggers and forget their levels. */
    private static final Logger[] QUIET = {
        Logger.getLogger("org.apache.aries.spifly"),
        Logger.getLogger("org.eclipse.osgitech.rest"),
        // The Jakarta REST whiteboard: a line for every resource at every application rebuild.
        Logger.getLogger("Jakartars"),
        Logger.getLogger("org.flywaydb"),
        Logger.getLogger("org.eclipse.jetty"),
    };
    /** Jersey warns at every application rebuild about optional features (WADL) it does without. */
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");

    private Logging() {}

    /** The log folder: created owner-only, since a log names staff and the ids of the records they work on. */
    static void createFolder(Path dir) throws LauncherException {
        try {
            if (!java.nio.file.Files.isDirectory(dir)) {
                java.nio.file.Files.createDirectories(dir, SafeFiles.ownerOnlyFolderAttributes());
            }
        } catch (java.io.IOException e) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "Cannot create the log folder " + dir + " (log.dir in "
                    + LauncherConfig.FILE + "): " + e.getMessage());
        }
    }

    static void configure(LauncherConfig config) {
        Path file = config.home().resolve("configs").resolve("logback.xml");
        String[][] defaults = {
            {"logback.configurationFile", file.toString()},
            {"polku.log.dir", config.logDir().toString()},
            {"polku.log.format", config.logFormat().name().toLowerCase(Locale.ROOT)},
            // Hibernate logs through jboss-logging, which picks SLF4J only when told to.
            {"org.jboss.logging.provider", "slf4j"},
            // The launcher's own SLF4J (for the embedded PostgreSQL) has no provider on purpose.
            {"slf4j.internal.verbosity", "ERROR"},
            {"java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-5s [%3$s] %5$s%6$s%n"},
        };
        for (String[] d : defaults) {
            if (System.getProperty(d[0]) == null) {
                System.setProperty(d[0], d[1]);
            }
        }
        for (Logger l : QUIET) {
            l.setLevel(Level.WARNING);
        }
        JERSEY.setLevel(Level.SEVERE);
    }
}
