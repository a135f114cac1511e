package fi.polku.launcher;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One readable log on standard output: Polku and errors of libraries, not every library's
 * start-up chatter. The bundles log through SLF4J's simple provider, which reads these system
 * properties; a property set on the command line ({@code JAVA_OPTS=-D...}) wins.
 */
final class Logging {
    /** Held so the JDK does not collect the loggers and forget their levels. */
    private static final Logger[] QUIET = {
        Logger.getLogger("org.apache.aries.spifly"),
        Logger.getLogger("org.eclipse.osgitech.rest"),
        Logger.getLogger("org.flywaydb"),
        Logger.getLogger("org.eclipse.jetty"),
    };
    /** Jersey warns at every application rebuild about optional features (WADL) it does without. */
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");

    private Logging() {}

    static void configure() {
        String[][] defaults = {
            {"org.slf4j.simpleLogger.defaultLogLevel", "info"},
            {"org.slf4j.simpleLogger.showDateTime", "true"},
            {"org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS"},
            {"org.slf4j.simpleLogger.showShortLogName", "true"},
            {"org.slf4j.simpleLogger.logFile", "System.out"},
            {"org.slf4j.simpleLogger.log.org.hibernate", "warn"},
            {"org.slf4j.simpleLogger.log.org.flywaydb", "warn"},
            {"org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn"},
            {"org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn"},
            {"org.slf4j.simpleLogger.log.org.eclipse.osgitech", "warn"},
            // Hibernate logs through jboss-logging, which picks SLF4J only when told to.
            {"org.jboss.logging.provider", "slf4j"},
            // The launcher's own SLF4J (for the embedded PostgreSQL) has no provider on purpose.
            {"slf4j.internal.verbosity", "ERROR"},
            {"java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL [%3$s] %4$s %5$s%6$s%n"},
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
