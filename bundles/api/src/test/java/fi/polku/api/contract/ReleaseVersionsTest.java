package fi.polku.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API's version is written in three poms (its own, the root's property that the platform's
 * bundles build against, and polku-bom that partners import); they must agree, and the baseline's
 * released version must be in platform/api-releases.
 */
class ReleaseVersionsTest {
    private static final Path ROOT = Path.of("../..");

    @Test
    void theApiVersionIsTheSameInItsPomTheRootAndTheBom() throws IOException {
        String own = find(Files.readString(Path.of("pom.xml")), "<artifactId>polku-api</artifactId>\\s*(?:<!--(?:.|\\n)*?-->\\s*)?<version>([^<]+)</version>");
        String root = find(Files.readString(ROOT.resolve("pom.xml")), "<polku.api.version>([^<]+)</polku.api.version>");
        String bom = find(Files.readString(ROOT.resolve("platform/bom/pom.xml")), "<artifactId>polku-api</artifactId><version>([^<]+)</version>");
        assertEquals(own, root, "the root pom's polku.api.version");
        assertEquals(own, bom, "polku-bom's polku-api version");
    }

    @Test
    void theBaselineReleaseIsCommitted() throws IOException {
        String base = find(Files.readString(Path.of("pom.xml")), "<baseCoordinates>fi.polku:polku-api:([^<]+)</baseCoordinates>");
        assertTrue(Files.isRegularFile(ROOT.resolve("platform/api-releases/fi/polku/polku-api/" + base + "/polku-api-" + base + ".jar")),
                "the released polku-api " + base + " is in platform/api-releases");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "not found: " + regex);
        return m.group(1).trim();
    }
}
