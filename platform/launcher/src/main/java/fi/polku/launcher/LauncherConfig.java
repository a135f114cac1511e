package fi.polku.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The launcher's settings, read from {@code configs/polku.properties} and overridden by
 * environment variables ({@code POLKU_HTTP_PORT}, ...), then by command-line flags.
 * Every value is checked here, so that a mistake is reported as one line naming the setting
 * and where it came from, before anything starts.
 */
public record LauncherConfig(
        Path home,
        int httpPort,
        Mode mode,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int embeddedDbPort,
        LogFormat logFormat,
        Path logDir) {

    /** Demo mode creates the demo accounts and data; production mode never does. */
    public enum Mode { PRODUCTION, DEMO }

    /** Lines for a person reading a terminal or a file, or one JSON object per line for a log collector. */
    public enum LogFormat { TEXT, JSON }

    public static final String FILE = "configs/polku.properties";

    static final Map<String, String> ENV = Map.of(
            "http.port", "POLKU_HTTP_PORT",
            "mode", "POLKU_MODE",
            "data.dir", "POLKU_DATA_DIR",
            "db.url", "POLKU_DB_URL",
            "db.user", "POLKU_DB_USER",
            "db.password", "POLKU_DB_PASSWORD",
            "db.embedded.port", "POLKU_DB_EMBEDDED_PORT",
            "log.format", "POLKU_LOG_FORMAT",
            "log.dir", "POLKU_LOG_DIR");

    private static final Set<String> KNOWN = ENV.keySet();

    @Override
    public String toString() { // never the password
        return "LauncherConfig[home=" + home + ", httpPort=" + httpPort + ", mode=" + mode + ", dataDir=" + dataDir
                + ", dbUrl=" + (dbUrl.isEmpty() ? "(embedded)" : dbUrl) + ", dbUser=" + dbUser + "]";
    }

    /** True when no JDBC URL is set: the launcher then runs its own PostgreSQL. */
    public boolean embeddedDatabase() {
        return dbUrl.isEmpty();
    }

    /**
     * Reads the configuration of the installation at {@code home}.
     *
     * @param env environment variables (passed in so tests need not touch the real ones)
     * @param demoFlag true when {@code --demo} was given on the command line
     */
    public static LauncherConfig load(Path home, Map<String, String> env, boolean demoFlag)
            throws LauncherException {
        Properties file = readFile(home.resolve(FILE));
        for (String key : file.stringPropertyNames()) {
            if (!KNOWN.contains(key)) {
                throw bad(key, FILE, "is not a known setting (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
            }
        }
        Source s = new Source(file, env);
        int port = s.port("http.port", 8080, false);
        Mode mode = demoFlag ? Mode.DEMO : s.oneOf("mode", Mode.PRODUCTION);
        Path data = home.resolve(s.get("data.dir", "data")).normalize();
        String url = s.get("db.url", "");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql://")) {
            throw bad("db.url", s.origin("db.url"), "must be a PostgreSQL JDBC URL like jdbc:postgresql://host:5432/polku, was '" + url + "'");
        }
        String user = s.get("db.user", "");
        if (!url.isEmpty() && user.isEmpty()) {
            throw bad("db.user", s.origin("db.user"), "is required when db.url is set");
        }
        int embeddedPort = s.port("db.embedded.port", 0, true);
        LogFormat format = s.oneOf("log.format", LogFormat.TEXT);
        Path logs = data.resolve("logs");
        String logDir = s.get("log.dir", "");
        if (!logDir.isEmpty()) {
            logs = home.resolve(logDir).normalize();
        }
        return new LauncherConfig(home, port, mode, data, url, user, s.get("db.password", ""), embeddedPort, format, logs);
    }

    private static Properties readFile(Path file) throws LauncherException {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p; // every setting has a default
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new LauncherException(LauncherException.BAD_CONFIG,
                    "Cannot read " + file + ": " + e.getMessage());
        }
    }

    static LauncherException bad(String key, String origin, String what) {
        return new LauncherException(LauncherException.BAD_CONFIG, "Setting " + key + " in " + origin + " " + what);
    }

    /** Looks a key up in the environment first, then the file; remembers which answered. */
    private record Source(Properties file, Map<String, String> env) {
        String get(String key, String fallback) {
            String v = env.get(ENV.get(key));
            if (v == null) {
                v = file.getProperty(key);
            }
            return v == null || v.isBlank() ? fallback : v.trim();
        }

        String origin(String key) {
            return env.containsKey(ENV.get(key)) ? "environment variable " + ENV.get(key) : FILE;
        }

        int port(String key, int fallback, boolean zeroAllowed) throws LauncherException {
            String v = get(key, null);
            if (v == null) {
                return fallback;
            }
            try {
                int p = Integer.parseInt(v);
                if (p < (zeroAllowed ? 0 : 1) || p > 65535) {
                    throw bad(key, origin(key), "must be a port number between " + (zeroAllowed ? 0 : 1) + " and 65535, was " + v);
                }
                return p;
            } catch (NumberFormatException e) {
                throw bad(key, origin(key), "must be a port number, was '" + v + "'");
            }
        }

        /** One of an enum's constants, named in lower case ({@code production}, {@code json}); {@code fallback} when unset. */
        <E extends Enum<E>> E oneOf(String key, E fallback) throws LauncherException {
            String v = get(key, fallback.name().toLowerCase(java.util.Locale.ROOT));
            E[] all = fallback.getDeclaringClass().getEnumConstants();
            for (E e : all) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            String names = java.util.Arrays.stream(all).map(e -> "'" + e.name().toLowerCase(java.util.Locale.ROOT) + "'")
                    .collect(java.util.stream.Collectors.joining(" or "));
            throw bad(key, origin(key), "must be " + names + ", was '" + v + "'");
        }
    }
}
