package fi.polku.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The distribution's bundles in start tiers: {@code system/1-boot}, {@code system/2-osgi}, ...
 * The number before the dash is the bundle start level, so lower tiers are started (and stopped
 * last) first: logging before the services that log, SCR before the components it runs.
 */
public record Tiers(List<Tier> tiers) {

    public record Tier(int startLevel, String name, List<Path> bundles) {}

    private static final Pattern TIER = Pattern.compile("(\\d+)-([a-z0-9-]+)");

    public static Tiers scan(Path systemDir) throws LauncherException {
        if (!Files.isDirectory(systemDir)) {
            throw new LauncherException(LauncherException.BAD_CONFIG,
                    "No system bundles in " + systemDir + ": is this a Polku installation? (build it with 'mvn -DskipTests package')");
        }
        List<Tier> result = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(systemDir)) {
            for (Path dir : dirs.sorted().toList()) {
                Matcher m = TIER.matcher(dir.getFileName().toString());
                if (!Files.isDirectory(dir) || !m.matches()) {
                    continue;
                }
                try (Stream<Path> jars = Files.list(dir)) {
                    List<Path> bundles = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
                    result.add(new Tier(Integer.parseInt(m.group(1)), m.group(2), bundles));
                }
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "Cannot read " + systemDir + ": " + e.getMessage());
        }
        result.sort((a, b) -> Integer.compare(a.startLevel(), b.startLevel()));
        if (result.isEmpty()) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "No start tiers (folders like 1-boot) in " + systemDir);
        }
        return new Tiers(List.copyOf(result));
    }

    public int highestLevel() {
        return tiers.get(tiers.size() - 1).startLevel();
    }

    int bundleCount() {
        return tiers.stream().mapToInt(t -> t.bundles().size()).sum();
    }
}
