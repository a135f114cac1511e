package fi.polku.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts Polku: {@code bin/polku [--demo] [--home DIR]}.
 *
 * <p>Order matters both ways: the database starts before the framework and stops after it, so
 * that no bundle ever loses its connections mid-work. A shutdown hook makes SIGTERM and Ctrl-C
 * follow the same path, leaving no postgres process behind.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (LauncherException e) {
            System.err.println("polku: " + e.getMessage());
            System.exit(e.exitCode());
        }
    }

    static int run(String[] args) throws LauncherException {
        Arguments a = Arguments.parse(args);
        if (a.help()) {
            System.out.println(Arguments.USAGE);
            return 0;
        }
        if (a.command() != null) {
            SafeFiles.checkInstallation(a.home());
            LauncherConfig config = LauncherConfig.load(a.home(), System.getenv(), a.demo());
            log(switch (a.command()) {
                case "backup" -> Backup.backup(config, a.file());
                case "restore" -> Backup.restore(config, a.file());
                default -> CreateAdmin.run(config, a.username(), a.displayName());
            });
            return 0;
        }
        long t0 = System.nanoTime();
        SafeFiles.checkInstallation(a.home());
        LauncherConfig config = LauncherConfig.load(a.home(), System.getenv(), a.demo());
        Logging.configure(config);
        Logging.createFolder(config.logDir());
        Tiers tiers = Tiers.scan(config.home().resolve("system"));
        checkPortFree(config.httpPort());

        Database db;
        if (config.embeddedDatabase()) {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir(), config.embeddedDbPort());
            // A database that cannot be brought back ends the process, so that a service manager sees it.
            embedded.watch(reason -> {
                System.err.println("polku: " + reason);
                System.exit(LauncherException.DATABASE);
            });
            db = embedded;
        } else {
            db = ExternalDatabase.connect(config.dbUrl(), config.dbUser(), config.dbPassword());
        }
        log("database: " + (config.embeddedDatabase() ? "embedded PostgreSQL, data in " + config.dataDir().resolve("postgres") : "external") + " " + db.connection().url());

        Database.Connection c = db.connection();
        FelixRuntime felix = FelixRuntime.create(FrameworkProperties.of(config, c.url(), c.user(), c.password(), System.console() != null));
        // From here on SIGTERM and Ctrl-C stop the framework (even half-started) and then the database.
        Thread shutdown = new Thread(() -> {
            log("stopping");
            felix.stop();
            db.close();
            log("stopped");
        }, "polku-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            felix.start(tiers);
        } catch (LauncherException e) {
            removeHook(shutdown);
            db.close();
            throw e;
        }

        List<String> inactive = felix.inactiveBundles();
        if (!inactive.isEmpty()) {
            log("WARNING: bundles not active: " + String.join(", ", inactive));
        }
        log(String.format("Polku is up in %.1f s: %d bundles, %s mode, console at http://localhost:%d/console/, API at /api (health: /api/health)",
                (System.nanoTime() - t0) / 1e9, felix.bundleCount(), config.mode().name().toLowerCase(java.util.Locale.ROOT), config.httpPort()));
        try {
            felix.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Stopped from inside (Gogo 'stop 0'): clean up here, since no signal will run the hook.
        if (removeHook(shutdown)) {
            db.close();
            log("stopped");
        }
        return 0;
    }

    /** False when the JVM is already shutting down: then the hook runs and does the cleaning. */
    private static boolean removeHook(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            return false;
        }
    }

    /** Jetty would only log a bind failure deep inside the framework; check it up front instead. */
    static void checkPortFree(int port) throws LauncherException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new LauncherException(LauncherException.PORT_TAKEN,
                    "HTTP port " + port + " is already in use; stop what uses it or set http.port in "
                            + LauncherConfig.FILE + " (or POLKU_HTTP_PORT)");
        }
    }

    static void log(String message) {
        System.out.println("polku: " + message);
    }

    /**
     * Command-line flags; {@code command} is backup or restore (with its {@code file}) or create-admin (with its
     * {@code username} and {@code displayName}), null to run Polku.
     */
    record Arguments(boolean demo, boolean help, Path home, String command, Path file, String username, String displayName) {
        static final String USAGE = """
                Usage: polku [--demo] [--home DIR]
                       polku backup FILE    write a backup of the embedded database (while Polku runs or not)
                       polku restore FILE   replace the embedded database by a backup (Polku stopped; the old one is kept)
                       polku create-admin USERNAME [FULL NAME]
                                            create an IT admin, or reset one's password (asked at the terminal)
                  --demo      run in demo mode: demo accounts and synthetic data (never use with real data)
                  --home DIR  the installation folder (default: the folder above bin/)
                Settings: configs/polku.properties, or environment variables POLKU_HTTP_PORT, POLKU_MODE,
                POLKU_DATA_DIR, POLKU_DB_URL, POLKU_DB_USER, POLKU_DB_PASSWORD, POLKU_DB_EMBEDDED_PORT.""";

        static Arguments parse(String[] args) throws LauncherException {
            boolean demo = false;
            boolean help = false;
            String command = null;
            Path file = null;
            String username = null;
            String displayName = null;
            Path home = Path.of(System.getProperty("polku.home", ".")).toAbsolutePath().normalize();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "backup", "restore" -> {
                        if (command != null || i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new LauncherException(LauncherException.BAD_CONFIG, args[i] + " needs one file: polku " + args[i] + " FILE\n" + USAGE);
                        }
                        command = args[i];
                        file = Path.of(args[++i]).toAbsolutePath().normalize();
                    }
                    case "create-admin" -> {
                        if (command != null || i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new LauncherException(LauncherException.BAD_CONFIG, "create-admin needs a username: polku create-admin USERNAME [FULL NAME]\n" + USAGE);
                        }
                        command = args[i];
                        username = args[++i];
                        // The rest up to the next option is the full name, quoted or not.
                        StringBuilder name = new StringBuilder();
                        while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                            name.append(name.isEmpty() ? "" : " ").append(args[++i]);
                        }
                        displayName = name.isEmpty() ? null : name.toString();
                    }
                    case "--demo" -> demo = true;
                    case "--help", "-h" -> help = true;
                    case "--home" -> {
                        if (i + 1 >= args.length) {
                            throw new LauncherException(LauncherException.BAD_CONFIG, "--home needs a folder");
                        }
                        home = Path.of(args[++i]).toAbsolutePath().normalize();
                    }
                    default -> throw new LauncherException(LauncherException.BAD_CONFIG,
                            "Unknown option '" + args[i] + "'\n" + USAGE);
                }
            }
            return new Arguments(demo, help, home, command, file, username, displayName);
        }
    }
}
