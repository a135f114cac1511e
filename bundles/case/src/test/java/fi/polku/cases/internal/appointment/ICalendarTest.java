package fi.polku.cases.internal.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void eventsInUtcWithTextEscapedAndLinesFoldedAt75Octets() {
        Instant start = Instant.parse("2026-12-07T07:00:00Z");
        String ics = new ICalendar("Polku-tapaamiset").event("a1@polku", 2, start, start, start.plusSeconds(3600),
                "Alkuhaastattelu; täydentävä, ensimmäinen", "Kotkan toimipiste, Huone 101 – ".repeat(4), false).end();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.contains("DTSTART:20261207T070000Z\r\n"));
        assertTrue(ics.contains("SEQUENCE:2\r\n"));
        assertTrue(ics.contains("SUMMARY:Alkuhaastattelu\\; täydentävä\\, ensimmäinen\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("LOCATION:" + "Kotkan toimipiste\\, Huone 101 – ".repeat(4) + "\r\n"), unfolded);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void aCancelledMeetingStaysWithItsStatus() {
        Instant t = Instant.parse("2026-12-07T07:00:00Z");
        String ics = new ICalendar("x").event("a2@polku", 1, t, t, t.plusSeconds(1800), "Puhelin", null, true).end();
        assertTrue(ics.contains("STATUS:CANCELLED\r\n"));
        assertEquals(-1, ics.indexOf("LOCATION"));
    }
}
