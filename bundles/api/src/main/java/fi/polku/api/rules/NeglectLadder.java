package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consequences of repeated neglects as a rule set configures them, one line per kind:
 * {@code "missed-interview = days:7+ends, requirement-weeks:6"}: the first neglect of the kind
 * within the counting period has the first consequence, the second the second, and from the
 * last on the last. A consequence is {@code reminder}, {@code days:N} (calendar days without
 * benefit), {@code requirement-weeks:N} (the employment requirement), {@code ends} (the job
 * search ends), or several joined by {@code +}.
 *
 * <p>The counting period begins at the first neglect and lasts the configured months; a neglect
 * after it begins a new period as a first one. Every kind counts in the same period, as the
 * law counts neglects of the job search and of services together.
 *
 * @since 1.4
 */
public final class NeglectLadder {
    /** The kinds of neglect Polku records. */
    public static final List<String> KINDS = List.of("missed-interview", "missed-service", "job-applications", "offered-job",
            "refused-service", "no-plan");

    private record Rung(boolean reminder, int days, int weeks, boolean ends) {}

    private final Map<String, List<Rung>> ladders = new LinkedHashMap<>();
    private final int countingMonths;

    private NeglectLadder(int countingMonths) {
        this.countingMonths = countingMonths;
    }

    /**
     * Reads the configured lines; a mistake throws {@link IllegalArgumentException} naming the line, so that
     * a rule set with a typo does not start.
     */
    public static NeglectLadder parse(String[] lines, int countingMonths) {
        if (countingMonths < 1) {
            throw new IllegalArgumentException("the counting period must be at least one month: " + countingMonths);
        }
        NeglectLadder l = new NeglectLadder(countingMonths);
        for (String line : lines) {
            String[] kv = line.split("=", 2);
            String kind = kv[0].trim();
            if (kv.length != 2 || !KINDS.contains(kind)) {
                throw new IllegalArgumentException("a neglect line is 'kind = consequence, consequence ...' with a kind of " + KINDS + ": " + line);
            }
            List<Rung> rungs = new ArrayList<>();
            for (String c : kv[1].split(",")) {
                rungs.add(rung(c.trim(), line));
            }
            l.ladders.put(kind, List.copyOf(rungs));
        }
        return l;
    }

    private static Rung rung(String written, String line) {
        boolean reminder = false;
        boolean ends = false;
        int days = 0;
        int weeks = 0;
        for (String part : written.split("\\+")) {
            String p = part.trim();
            try {
                if (p.equals("reminder")) {
                    reminder = true;
                } else if (p.equals("ends")) {
                    ends = true;
                } else if (p.startsWith("days:")) {
                    days = Integer.parseInt(p.substring(5).trim());
                } else if (p.startsWith("requirement-weeks:")) {
                    weeks = Integer.parseInt(p.substring(18).trim());
                } else {
                    throw new IllegalArgumentException(p);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + p + "' is not reminder, days:N, requirement-weeks:N or ends, in: " + line);
            }
        }
        if (days < 0 || weeks < 0) {
            throw new IllegalArgumentException("negative days or weeks in: " + line);
        }
        return new Rung(reminder, days, weeks, ends);
    }

    public boolean covers(String kind) {
        return ladders.containsKey(kind);
    }

    /** The number of a neglect on {@code day} within its counting period, given the earlier ones decided as neglects. */
    public int ordinal(LocalDate day, List<LocalDate> earlier) {
        LocalDate periodStart = null;
        int n = 0;
        List<LocalDate> all = new ArrayList<>(earlier.stream().filter(d -> d.isBefore(day)).sorted().toList());
        all.add(day);
        for (LocalDate d : all) {
            if (periodStart == null || !d.isBefore(periodStart.plusMonths(countingMonths))) {
                periodStart = d;
                n = 1;
            } else {
                n++;
            }
        }
        return n;
    }

    /** The consequence of a neglect of {@code kind} on {@code day}; {@link IllegalArgumentException} for a kind not configured. */
    public NeglectConsequence consequence(String kind, LocalDate day, List<LocalDate> earlier, String ruleSet, LegalSource source) {
        List<Rung> ladder = ladders.get(kind);
        if (ladder == null) {
            throw new IllegalArgumentException("no consequence configured for " + kind);
        }
        int n = ordinal(day, earlier);
        Rung r = ladder.get(Math.min(n, ladder.size()) - 1);
        return new NeglectConsequence(n, r.reminder(), r.days(), r.weeks(), r.ends(), ruleSet, describe(kind, n, r), source);
    }

    private String describe(String kind, int n, Rung r) {
        List<String> parts = new ArrayList<>();
        if (r.reminder()) {
            parts.add("a reminder");
        }
        if (r.days() > 0) {
            parts.add(r.days() + " calendar days without benefit");
        }
        if (r.weeks() > 0) {
            parts.add("an employment requirement of " + r.weeks() + " weeks");
        }
        if (r.ends()) {
            parts.add("the job search ends");
        }
        return "Neglect no. " + n + " within " + countingMonths + " months of the first (" + kind + "): "
                + (parts.isEmpty() ? "no consequence" : String.join(", ", parts));
    }
}
