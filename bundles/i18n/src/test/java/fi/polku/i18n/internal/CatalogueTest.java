package fi.polku.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static Catalogue of(String fi, String sv, String en) throws IOException {
        Map<String, Catalogue.Source> files = new TreeMap<>();
        files.put("fi", () -> new ByteArrayInputStream(fi.getBytes(StandardCharsets.UTF_8)));
        if (sv != null) {
            files.put("sv", () -> new ByteArrayInputStream(sv.getBytes(StandardCharsets.UTF_8)));
        }
        files.put("en", () -> new ByteArrayInputStream(en.getBytes(StandardCharsets.UTF_8)));
        return Catalogue.read(files);
    }

    @Test
    void fillsPlaceholdersInTheLanguageAskedForAndFallsBackToFinnish() throws IOException {
        Catalogue c = of("full=Kurssi {0} on täynnä ({1} paikkaa).\n", "full=Kursen {0} är full ({1} platser).\n",
                "full=Course {0} is full ({1} seats).\n");
        assertEquals("Kursen Äidinkieli är full (12 platser).", c.text("sv-FI", "full", "Äidinkieli", 12));
        assertEquals("Kurssi A on täynnä (1 paikkaa).", c.text("de", "full", "A", 1));
        assertEquals(Map.of("fi", "Kurssi A on täynnä (2 paikkaa).", "sv", "Kursen A är full (2 platser).", "en", "Course A is full (2 seats)."),
                c.texts("full", "A", 2));
        assertTrue(c.problems().isEmpty(), c.problems().toString());
    }

    @Test
    void anUnknownKeyIsAProgrammingError() throws IOException {
        Catalogue c = of("a=A\n", "a=A\n", "a=A\n");
        assertThrows(IllegalArgumentException.class, () -> c.text("fi", "b"));
        assertThrows(IllegalArgumentException.class, () -> c.texts("b"));
    }

    @Test
    void findsAMissingLanguageAMissingKeyAndMismatchedPlaceholders() throws IOException {
        Catalogue c = of("a=Yksi {0}\nb=Kaksi\n", null, "a=One\nc=Three\n");
        List<String> problems = c.problems();
        assertTrue(problems.contains("no messages_sv.properties"), problems.toString());
        assertTrue(problems.contains("en lacks 'b'"), problems.toString());
        assertTrue(problems.contains("fi lacks 'c'"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("'a' has placeholders [{0}] in en but [] in fi")
                || p.startsWith("'a' has placeholders [] in en but [{0}] in fi")), problems.toString());
    }

    @Test
    void argumentsAreNotReadAsPatterns() {
        assertEquals("Value {x} and '' stay: 5", Catalogue.fill("Value {x} and '' stay: {0}", 5));
        assertEquals("no {1} given", Catalogue.fill("no {1} given", "only one"));
    }
}
