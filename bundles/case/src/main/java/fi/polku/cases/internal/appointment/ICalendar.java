package fi.polku.cases.internal.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar stream (RFC 5545): text escaped (§ 3.3.11), lines folded at 75 octets
 * without splitting a character (§ 3.1), CRLF line ends, times in UTC.
 */
final class ICalendar {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final StringBuilder out = new StringBuilder();

    ICalendar(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Polku//Appointments//FI");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
    }

    /** One meeting; a cancelled one stays in the feed with STATUS:CANCELLED, so calendar programs drop it. */
    ICalendar event(String uid, int sequence, Instant stamp, Instant start, Instant end, String summary, String location, boolean cancelled) {
        line("BEGIN:VEVENT");
        line("UID:" + escape(uid));
        line("SEQUENCE:" + sequence);
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART:" + UTC.format(start));
        line("DTEND:" + UTC.format(end));
        line("SUMMARY:" + escape(summary));
        if (location != null) {
            line("LOCATION:" + escape(location));
        }
        line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replaceAll("\\p{Cntrl}", "");
    }

    private void line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
