package fi.polku.cases.internal.appointment;

import fi.polku.api.time.FinnishCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When a service point is open, as an IT admin writes it in configuration: weekly lines such as
 * {@code "mon-thu 08:00-16:00"} and {@code "fri 08:00-15:00"}, and exceptions by date, such as
 * {@code "2026-12-24 closed"} or {@code "2026-12-31 08:00-12:00"}. Finnish public holidays are
 * closed unless an exception opens them.
 */
public final class OpeningHours {
    /** One opening on one day. */
    public record Span(LocalTime from, LocalTime to) {
        boolean covers(LocalTime start, LocalTime end) {
            return !start.isBefore(from) && !end.isAfter(to);
        }
    }

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private final Map<DayOfWeek, List<Span>> weekly;
    private final Map<LocalDate, List<Span>> exceptions;

    private OpeningHours(Map<DayOfWeek, List<Span>> weekly, Map<LocalDate, List<Span>> exceptions) {
        this.weekly = weekly;
        this.exceptions = exceptions;
    }

    /**
     * Reads the weekly lines and the exceptions.
     *
     * @throws IllegalArgumentException naming the line that cannot be read, and how to write it
     */
    public static OpeningHours parse(String[] weeklyLines, String[] exceptionLines) {
        Map<DayOfWeek, List<Span>> weekly = new EnumMap<>(DayOfWeek.class);
        for (String line : weeklyLines) {
            String[] parts = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (parts.length != 2) {
                throw bad(line, "\"mon-fri 08:00-16:00\"");
            }
            Span span = span(parts[1], line);
            String[] days = parts[0].split("-");
            int from = DAYS.indexOf(days[0]);
            int to = days.length == 2 ? DAYS.indexOf(days[1]) : from;
            if (from < 0 || to < from || days.length > 2) {
                throw bad(line, "days as mon, tue, wed, thu, fri, sat, sun or a range such as mon-fri");
            }
            for (int d = from; d <= to; d++) {
                weekly.computeIfAbsent(DayOfWeek.of(d + 1), k -> new ArrayList<>()).add(span);
            }
        }
        Map<LocalDate, List<Span>> exceptions = new HashMap<>();
        for (String line : exceptionLines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                throw bad(line, "\"2026-12-24 closed\" or \"2026-12-31 08:00-12:00\"");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                throw bad(line, "a date as 2026-12-24");
            }
            List<Span> spans = exceptions.computeIfAbsent(day, k -> new ArrayList<>());
            if (!parts[1].equalsIgnoreCase("closed")) {
                spans.add(span(parts[1], line));
            }
        }
        return new OpeningHours(weekly, exceptions);
    }

    /** Open on that day, in order; none when closed. */
    public List<Span> on(LocalDate day) {
        List<Span> exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        if (FinnishCalendar.holiday(day).isPresent()) {
            return List.of();
        }
        return weekly.getOrDefault(day.getDayOfWeek(), List.of());
    }

    /** The opening that holds the whole meeting, if one does. */
    public Optional<Span> holding(LocalDate day, LocalTime start, LocalTime end) {
        return on(day).stream().filter(s -> s.covers(start, end)).findFirst();
    }

    private static Span span(String text, String line) {
        String[] times = text.split("-");
        try {
            LocalTime from = LocalTime.parse(times[0]);
            LocalTime to = times[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(times[1]); // open until midnight
            if (!to.isAfter(from)) {
                throw bad(line, "an opening that ends after it begins");
            }
            return new Span(from, to);
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw bad(line, "hours as 08:00-16:00");
        }
    }

    private static IllegalArgumentException bad(String line, String expected) {
        return new IllegalArgumentException("Cannot read the opening hours '" + line + "': write " + expected);
    }
}
