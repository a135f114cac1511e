package fi.polku.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the rest of the suite (its own surefire execution): the logs of every test, the
 * distribution's and the Pax Exam frameworks' alike, must hold no Finnish identity code. The
 * suite registers thousands of people, sends them with NUL bytes and kills the database under
 * them, so this is where a leak into a log would show.
 */
class LogsHoldNoPersonalDataTest {
    /** DDMMYY, century sign, individual number, check character (checked, so that ids and hashes do not count). */
    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})([-+A-FU-Y])(\\d{3})([0-9A-Y])(?![0-9A-Za-z])");
    private static final String CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    @Test
    void noLogOfTheSuiteHoldsAnIdentityCode() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (Path dir : List.of(Path.of("target", "distribution-logs"), Path.of("target", "surefire-reports"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith("-output.txt")).forEach(logs::add);
                }
            }
        }
        assertTrue(logs.size() >= 3, "the suite's logs are there to check: " + logs);
        List<String> found = new ArrayList<>();
        long bytes = 0;
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1); // any bytes, never a decoding error
            bytes += text.length();
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                if (valid(m)) {
                    found.add(log.getFileName() + ": " + m.group(1) + m.group(2) + "***" + m.group(4));
                }
            }
        }
        System.out.printf("checked %d logs, %d bytes, for identity codes: %d found%n", logs.size(), bytes, found.size());
        assertEquals(List.of(), found, "identity codes in logs (shown masked)");
    }

    @Test
    void theCheckRecognisesACode() {
        Matcher m = CODE.matcher("registered 150388-957N today");
        assertTrue(m.find() && valid(m));
        Matcher wrong = CODE.matcher("registered 150388-957A today");
        assertTrue(wrong.find() && !valid(wrong));
    }

    private static boolean valid(Matcher m) {
        long n = Long.parseLong(m.group(1) + m.group(3));
        return CHECKS.charAt((int) (n % 31)) == m.group(4).charAt(0);
    }
}
