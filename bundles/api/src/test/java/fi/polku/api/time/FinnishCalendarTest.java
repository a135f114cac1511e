package fi.polku.api.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tables: dates checked against the published Finnish calendar of each year. */
class FinnishCalendarTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2019, 2019-04-21", "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09",
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
            "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSunday(int year, LocalDate easter) {
        assertEquals(easter, FinnishCalendar.easterSunday(year));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2025-01-01, New Year's Day", "2025-01-06, Epiphany", "2025-04-18, Good Friday", "2025-04-21, Easter Monday",
        "2025-05-01, May Day", "2025-05-29, Ascension Day", "2025-06-20, Midsummer Eve", "2025-06-21, Midsummer Day",
        "2025-11-01, All Saints' Day", "2025-12-06, Independence Day", "2025-12-24, Christmas Eve",
        "2025-12-25, Christmas Day", "2025-12-26, St Stephen's Day",
        "2026-04-03, Good Friday", "2026-04-06, Easter Monday", "2026-05-14, Ascension Day", "2026-06-19, Midsummer Eve",
        "2026-06-20, Midsummer Day", "2026-10-31, All Saints' Day",
        "2024-03-29, Good Friday", "2024-05-09, Ascension Day", "2024-06-21, Midsummer Eve", "2024-11-02, All Saints' Day",
        "2027-03-26, Good Friday", "2027-05-06, Ascension Day", "2027-06-25, Midsummer Eve", "2027-11-06, All Saints' Day",
    })
    void holidays(LocalDate date, String name) {
        assertEquals(name, FinnishCalendar.holiday(date).orElse("none"));
        assertFalse(FinnishCalendar.isBusinessDay(date));
    }

    @Test
    void ordinaryDaysAndWeekends() {
        assertTrue(FinnishCalendar.isBusinessDay(LocalDate.of(2025, 3, 3)));   // Monday
        assertFalse(FinnishCalendar.isBusinessDay(LocalDate.of(2025, 3, 8)));  // Saturday
        assertFalse(FinnishCalendar.isBusinessDay(LocalDate.of(2025, 3, 9)));  // Sunday
        assertTrue(FinnishCalendar.isBusinessDay(LocalDate.of(2025, 12, 23))); // the day before Christmas Eve
        assertTrue(FinnishCalendar.isBusinessDay(LocalDate.of(2025, 12, 31))); // New Year's Eve is a business day
        assertEquals(11, FinnishCalendar.holidays(2025).values().stream().filter(n -> !List.of("Easter Sunday", "Whit Sunday", "Midsummer Day", "All Saints' Day").contains(n)).count());
    }

    @ParameterizedTest(name = "event {0} + {1} business days = {2}")
    @CsvSource({
        // The event day is not counted; only business days count after it.
        "2025-03-03, 5, 2025-03-10",   // Monday -> next Monday
        "2025-03-07, 5, 2025-03-14",   // Friday -> next Friday
        "2025-03-08, 5, 2025-03-14",   // Saturday event: Mon..Fri
        "2025-03-09, 5, 2025-03-14",   // Sunday event
        "2025-04-16, 5, 2025-04-25",   // over Easter: Thu 17, (Fri 18, Mon 21 holidays) Tue 22, Wed 23, Thu 24, Fri 25
        "2025-06-18, 5, 2025-06-26",   // over Midsummer: Thu 19, (Fri 20) Mon 23, Tue 24, Wed 25, Thu 26
        "2025-12-19, 5, 2025-12-31",   // over Christmas: Mon 22, Tue 23, (24-26) Mon 29, Tue 30, Wed 31
        "2025-12-30, 5, 2026-01-08",   // over New Year and Epiphany: Wed 31, Fri 2, Mon 5, Wed 7, Thu 8
        "2025-05-26, 5, 2025-06-03",   // over Ascension Thu 29 May
        "2025-03-03, 1, 2025-03-04",
        "2026-04-01, 10, 2026-04-17",  // over Easter 2026: Thu 2, (Fri 3, Mon 6) Tue 7 .. Fri 17
    })
    void plusBusinessDays(LocalDate event, int n, LocalDate expected) {
        assertEquals(expected, FinnishCalendar.plusBusinessDays(event, n));
    }

    @Test
    void businessDayLimitIsAtLeastOneDay() {
        assertThrows(IllegalArgumentException.class, () -> FinnishCalendar.plusBusinessDays(LocalDate.of(2025, 1, 1), 0));
    }

    @ParameterizedTest(name = "event {0} + {1} months = {2}")
    @CsvSource({
        "2025-03-03, 3, 2025-06-03",   // Tuesday
        "2025-03-20, 3, 2025-06-23",   // 20 June 2025 is Midsummer Eve -> Monday 23
        "2025-11-30, 3, 2026-03-02",   // 28 Feb 2026 (no 30 Feb) is a Saturday -> Monday 2 March
        "2024-11-29, 3, 2025-02-28",   // Friday
        "2025-09-24, 3, 2025-12-29",   // 24 Dec Christmas Eve -> 25, 26 holidays, 27-28 weekend -> Mon 29
    })
    void plusMonthsLimit(LocalDate event, int months, LocalDate expected) {
        assertEquals(expected, FinnishCalendar.plusMonthsLimit(event, months));
    }
}
