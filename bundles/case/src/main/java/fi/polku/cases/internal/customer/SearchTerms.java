package fi.polku.cases.internal.customer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search box's text means. People write names in every order: "Virtanen, Aino" (last
 * name first, as lists do), "Aino Virtanen" (as people say it), "virt ai" (the beginnings of
 * both), "Aino" (a first name alone, or a last name); a birth date as 15.3.1990 or 150390.
 */
public final class SearchTerms {
    private static final Pattern FINNISH_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SIX_DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})");
    /** Names of more words than this are cut: nobody types a name of five words to find a person. */
    private static final int MAX_WORDS = 4;

    private SearchTerms() {}

    /** One way to read a name query: a last name's beginning and a first name's (null: any); {@code either}: one word, either name. */
    public record Alternative(String last, String first, boolean either) {}

    /** A name query and the readings of it that are searched together. */
    public record Names(String text, List<Alternative> alternatives) {}

    /** Every reading of a name query; the words are beginnings of names. */
    public static Names names(String query) {
        String q = query.trim().replaceAll("\\s+", " ");
        List<Alternative> alternatives = new ArrayList<>();
        int comma = q.indexOf(',');
        if (comma >= 0) {
            String last = q.substring(0, comma).trim();
            String first = q.substring(comma + 1).trim();
            alternatives.add(new Alternative(last, first.isEmpty() ? null : first, false));
            return new Names(q, alternatives);
        }
        String[] words = q.split(" ");
        if (words.length == 1) {
            alternatives.add(new Alternative(words[0], null, true));
            return new Names(q, alternatives);
        }
        int n = Math.min(words.length, MAX_WORDS);
        // Each split of the words into two names, in both orders: "Anna Maria Virtanen" is first names then the last name.
        for (int k = 1; k < n; k++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, n));
            alternatives.add(new Alternative(head, tail, false));
            alternatives.add(new Alternative(tail, head, false));
        }
        return new Names(q, alternatives);
    }

    /**
     * A birth date written 15.3.1990 or 150390 (the identity code's first six digits); empty when
     * the text is not one. Six digits name a day of either the 1900s or the 2000s: both are read,
     * unless the later is still to come.
     */
    public static Optional<List<LocalDate>> birthDates(String query) {
        String q = query.trim();
        Matcher m = FINNISH_DATE.matcher(q);
        try {
            if (m.matches()) {
                return Optional.of(List.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)))));
            }
            m = SIX_DIGITS.matcher(q);
            if (m.matches()) {
                int d = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                List<LocalDate> days = new ArrayList<>();
                for (int century : new int[] {1900, 2000}) {
                    try {
                        LocalDate day = LocalDate.of(century + y, mo, d);
                        if (!day.isAfter(fi.polku.api.time.FinnishCalendar.today())) { // nobody is born in the future
                            days.add(day);
                        }
                    } catch (DateTimeException e) {
                        // 29.2. of a year that is a leap year in one century only
                    }
                }
                return days.isEmpty() ? Optional.empty() : Optional.of(days);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The first seven characters of every identity code of a person born on a day: the date and each century sign. */
    public static List<String> identityCodePrefixes(LocalDate day) {
        String ddmmyy = String.format("%02d%02d%02d", day.getDayOfMonth(), day.getMonthValue(), day.getYear() % 100);
        String signs = switch (day.getYear() / 100) {
            case 18 -> "+";
            case 19 -> "-YXWVU";
            case 20 -> "ABCDEF";
            default -> "";
        };
        return signs.chars().mapToObj(c -> ddmmyy + (char) c).toList();
    }
}
