package fi.polku.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.i18n.Messages;
import fi.polku.api.time.FinnishCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldCheckTest {
    /** A catalogue that answers the key and its arguments (the same in every language): enough to see which text was chosen. */
    private static final Messages CATALOGUE = new Messages() {
        @Override
        public String text(String language, String key, Object... args) {
            return key + List.of(args);
        }

        @Override
        public Map<String, String> texts(String key, Object... args) {
            String t = text("fi", key, args);
            return Map.of("fi", t, "sv", t, "en", t);
        }

        @Override
        public Set<String> keys() {
            return Set.of();
        }
    };

    @Test
    void everyFieldAtFaultIsRefusedAtOnceWithTheBundlesOwnTexts() {
        FieldCheck check = new FieldCheck(CATALOGUE);
        assertNull(check.id("referralId", "not-a-uuid"));
        assertNull(check.pastDay("heldOn", FinnishCalendar.today().plusDays(1).toString()));
        assertNull(check.day("nextReview", "1.2.2027"));
        assertNull(check.text("summary", "   ", 10, true));
        assertNull(check.text("goals", "x".repeat(11), 10, false));
        assertNull(check.oneOf("scope", "everything", List.of("assessment", "plan")));
        check.fail("outcome", "assessment.criteria");
        Problem p = assertThrows(Problem.class, check::done);
        assertEquals(400, p.status());
        Map<String, String> finnish = new java.util.TreeMap<>();
        p.fields().forEach((field, texts) -> finnish.put(field, texts.get("fi")));
        assertEquals(Map.of(
                "referralId", "input.id[]",
                "heldOn", "input.future[]",
                "nextReview", "input.date[]",
                "summary", "input.required[]",
                "goals", "input.too-long[10]",
                "scope", "input.choice[assessment, plan]",
                "outcome", "assessment.criteria[]"), finnish);
    }

    @Test
    void goodValuesComeBackParsedAndTrimmed() {
        FieldCheck check = new FieldCheck(CATALOGUE);
        assertEquals(FinnishCalendar.today(), check.pastDay("heldOn", " " + FinnishCalendar.today() + " "));
        assertEquals("plan", check.oneOf("scope", " plan ", List.of("assessment", "plan")));
        assertEquals("Tavoite", check.text("goals", "  Tavoite ", 10, true));
        assertNull(check.text("otherServices", "", 10, false), "blank and optional: null, no problem");
        assertTrue(check.ok());
        check.done();
    }
}
