package fi.polku.cases.internal.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
    private final OpeningHours kotka = OpeningHours.parse(new String[] {"mon-thu 08:00-16:00", "fri 08:00-15:00"},
            new String[] {"2026-12-24 closed", "2026-12-31 08:00-12:00", "2027-01-06 10:00-14:00"});

    @Test
    void weekdaysByTheWeeklyLinesAndNothingAtTheWeekend() {
        assertEquals("[Span[from=08:00, to=16:00]]", kotka.on(LocalDate.of(2026, 12, 3)).toString()); // Thursday
        assertEquals("[Span[from=08:00, to=15:00]]", kotka.on(LocalDate.of(2026, 12, 4)).toString()); // Friday
        assertTrue(kotka.on(LocalDate.of(2026, 12, 5)).isEmpty()); // Saturday
    }

    @Test
    void publicHolidaysAreClosedAndExceptionsWin() {
        assertTrue(kotka.on(LocalDate.of(2026, 12, 24)).isEmpty(), "Christmas Eve closed by an exception");
        assertTrue(kotka.on(LocalDate.of(2026, 12, 25)).isEmpty(), "Christmas Day is a public holiday");
        assertEquals("[Span[from=08:00, to=12:00]]", kotka.on(LocalDate.of(2026, 12, 31)).toString());
        assertEquals("[Span[from=10:00, to=14:00]]", kotka.on(LocalDate.of(2027, 1, 6)).toString(), "Epiphany opened by an exception");
    }

    @Test
    void aMeetingMustFitAnOpeningWhole() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertTrue(kotka.holding(thursday, LocalTime.of(15, 0), LocalTime.of(16, 0)).isPresent());
        assertTrue(kotka.holding(thursday, LocalTime.of(15, 30), LocalTime.of(16, 30)).isEmpty());
        assertTrue(kotka.holding(thursday, LocalTime.of(7, 30), LocalTime.of(8, 30)).isEmpty());
        assertTrue(OpeningHours.parse(new String[] {"mon-sun 00:00-24:00"}, new String[0]).holding(LocalDate.of(2026, 12, 5), LocalTime.of(23, 59, 59),
                LocalTime.of(23, 59, 59)).isPresent(), "24:00 is midnight at the end of the day");
    }

    @Test
    void aLineThatCannotBeReadIsNamedWithHowToWriteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.parse(new String[] {"maanantai 8-16"}, new String[0]));
        assertTrue(e.getMessage().contains("'maanantai 8-16'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse(new String[] {"mon 16:00-08:00"}, new String[0]));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse(new String[0], new String[] {"24.12.2026 closed"}));
    }
}
