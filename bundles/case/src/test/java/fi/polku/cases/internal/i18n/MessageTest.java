package fi.polku.cases.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rest.Problem;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @EnumSource(Message.class)
    void everyMessageHasFinnishSwedishAndEnglishWithTheSamePlaceholders(Message m) {
        Set<String> english = placeholders(m.template(Language.EN));
        for (Language language : Language.values()) {
            String text = m.template(language);
            assertFalse(text == null || text.isBlank(), m + " has no " + language);
            assertEquals(english, placeholders(text), m + " in " + language);
            assertTrue(text.endsWith(".") || text.endsWith(")"), m + " in " + language + " is a sentence: " + text);
        }
        assertNotEquals(m.template(Language.EN), m.template(Language.FI), m + " is translated into Finnish");
        assertNotEquals(m.template(Language.FI), m.template(Language.SV), m + " is translated into Swedish");
    }

    @Test
    void placeholdersAreReplacedAndDatesWrittenAsTheReaderWritesThem() {
        LocalDate d = LocalDate.of(2025, 3, 3);
        assertEquals("Päivä 3.3.2025 on ennen työnhaun alkua (1.3.2025).", Message.HELD_BEFORE_START.in(Language.FI, d, d.minusDays(2)));
        assertEquals("Dagen 3.3.2025 är före arbetssökandets början (1.3.2025).", Message.HELD_BEFORE_START.in(Language.SV, d, d.minusDays(2)));
        assertEquals("2025-03-03 is before the job search started (2025-03-01).", Message.HELD_BEFORE_START.in(Language.EN, d, d.minusDays(2)));
        assertEquals("Högst 200 tecken.", Message.TOO_LONG.in(Language.SV, 200));
        Message.PerLanguage word = language -> language == Language.SV ? "Fredrikshamn" : "Hamina";
        assertTrue(Message.MUNICIPALITY_OUTSIDE_AREA.in(Language.SV, "091", word).contains("(Fredrikshamn)"));
    }

    @Test
    void fieldMessagesKeepTheFirstProblemOfAFieldAndTheOrderOfFields() {
        FieldMessages p = new FieldMessages().add("start", Message.DATE_REQUIRED).add("status", Message.CHOOSE_ONE, "a, b")
                .add("start", Message.NOT_A_DATE, "x");
        assertEquals(Map.of("start", "Pakollinen tieto: päivämäärä muodossa VVVV-KK-PP.", "status", "Valitse jokin näistä: a, b."),
                p.in(Language.FI));
        assertEquals("start: This is required, as YYYY-MM-DD. status: Choose one of a, b.", p.summary(Language.EN));
    }

    @Test
    void aFieldRefusalIsAProblemWithEveryFieldInEveryLanguage() {
        Problem p = fi.polku.cases.internal.process.Refusals.invalid(new FieldMessages().add("reason", Message.REQUIRED));
        assertEquals(400, p.status());
        assertEquals("invalid-input", p.code());
        assertEquals(Map.of("reason", Map.of("fi", "Pakollinen tieto.", "sv", "Obligatorisk uppgift.", "en", "This is required.")), p.fields());
        assertEquals("reason: Obligatorisk uppgift.", p.detail().get("sv"));
    }

    @Test
    void aConflictCarriesItsKeyAsCodeAndAFinnishDateInFinnish() {
        Problem p = fi.polku.cases.internal.process.Refusals.conflict(Message.PERIOD_ENDED, java.time.LocalDate.of(2026, 3, 3));
        assertEquals(409, p.status());
        assertEquals("period-ended", p.code());
        assertEquals("The job-search period ended on 2026-03-03.", p.detail().get("en"));
        assertEquals("Työnhaku päättyi 3.3.2026.", p.detail().get("fi"));
        assertTrue(p.fields().isEmpty());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
