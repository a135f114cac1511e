package fi.polku.api.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finnish business days and time limits.
 *
 * <p>A business day is Monday to Friday and not one of: New Year's Day, Epiphany, Good Friday,
 * Easter Monday, May Day, Ascension Day, Midsummer Eve, Independence Day, Christmas Eve,
 * Christmas Day or St Stephen's Day (Easter Sunday, Whit Sunday, Midsummer Day and All Saints'
 * Day always fall on a weekend). These are the public holidays of the Church Act and the Act
 * on Independence Day and May Day, plus the two eves that Act 150/1930 treats like holidays.
 *
 * <p>Time limits follow Act 150/1930: the day of the event is not counted, and a limit that
 * ends on a non-business day moves to the next business day.
 */
public final class FinnishCalendar {
    /** Finnish time: "today" for every deadline is today in Finland, whatever zone the server runs in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private FinnishCalendar() {}

    /** Today in Finland. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The non-business holidays of a year with their English names, in date order. */
    public static Map<LocalDate, String> holidays(int year) {
        return BY_YEAR.computeIfAbsent(year, FinnishCalendar::compute);
    }

    /** The holiday on a date, if any (weekend days that are not holidays give empty). */
    public static Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays(date.getYear()).containsKey(date);
    }

    /** The date itself when it is a business day, else the next business day after it (Act 150/1930). */
    public static LocalDate onOrNextBusinessDay(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The last day of a limit of {@code n} business days counted from {@code event}: the day of
     * the event is not counted, whatever day it is, and only business days count after it.
     * With {@code n = 5} and an event on Monday 3 March 2025 the limit is Monday 10 March 2025.
     */
    public static LocalDate plusBusinessDays(LocalDate event, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A business-day limit is at least 1 day: " + n);
        }
        LocalDate d = event;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The last day of a limit of {@code months} calendar months from {@code event}: the same day
     * number of the month that many months later (the month's last day when it has no such day),
     * moved to the next business day when it is not one (Act 150/1930).
     */
    public static LocalDate plusMonthsLimit(LocalDate event, int months) {
        return onOrNextBusinessDay(event.plusMonths(months));
    }

    /** Easter Sunday (Gregorian computus, the anonymous algorithm of Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> h = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        h.put(LocalDate.of(year, 1, 1), "New Year's Day");
        h.put(LocalDate.of(year, 1, 6), "Epiphany");
        h.put(easter.minusDays(2), "Good Friday");
        h.put(easter, "Easter Sunday");
        h.put(easter.plusDays(1), "Easter Monday");
        h.put(LocalDate.of(year, 5, 1), "May Day");
        h.put(easter.plusDays(39), "Ascension Day");
        h.put(easter.plusDays(49), "Whit Sunday");
        // Midsummer Day is the Saturday between 20 and 26 June; its eve is the Friday before.
        LocalDate midsummer = LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        h.put(midsummer.minusDays(1), "Midsummer Eve");
        h.put(midsummer, "Midsummer Day");
        // All Saints' Day is the Saturday between 31 October and 6 November.
        h.put(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), "All Saints' Day");
        h.put(LocalDate.of(year, 12, 6), "Independence Day");
        h.put(LocalDate.of(year, 12, 24), "Christmas Eve");
        h.put(LocalDate.of(year, 12, 25), "Christmas Day");
        h.put(LocalDate.of(year, 12, 26), "St Stephen's Day");
        return Collections.unmodifiableMap(h);
    }
}
