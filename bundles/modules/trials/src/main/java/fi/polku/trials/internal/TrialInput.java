package fi.polku.trials.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trial as the caseworker agreed it with the customer and the organiser, checked field by field:
 * every problem is named at once, in the catalogue's words. The limits of the law are checked
 * separately ({@link Limits}), by the rule set in force on the day the trial starts. Pure.
 */
public record TrialInput(String referralId, String kind, String organiserName, String organiserBusinessId, String organiserAccount,
        String statutoryGround, String policyGround, String tasks, BigDecimal hoursPerDay, Integer daysPerWeek, Integer trialDays,
        String startsOn, String endsOn, Boolean assurance) {

    static final List<String> KINDS = List.of("work-trial", "education-trial");
    static final List<String> GROUNDS = List.of("career-options", "return-to-work");

    /** A checked trial. */
    record Valid(String kind, String organiserName, String organiserBusinessId, String organiserAccount, String statutoryGround,
            String policyGround, String tasks, BigDecimal hoursPerDay, Integer daysPerWeek, Integer trialDays, LocalDate startsOn,
            LocalDate endsOn, boolean assurance) {
        boolean work() {
            return kind.equals("work-trial");
        }
    }

    Map<String, Refusal> problems() {
        Map<String, Refusal> p = new LinkedHashMap<>();
        if (kind == null || !KINDS.contains(kind)) {
            p.put("kind", new Refusal("trial.kind"));
        }
        if (blank(organiserName) || organiserName.trim().length() > 200) {
            p.put("organiserName", new Refusal("trial.organiser-name"));
        }
        BusinessId.problem(organiserBusinessId).ifPresent(r -> p.put("organiserBusinessId", r));
        if (organiserAccount != null && !organiserAccount.isBlank() && !organiserAccount.trim().matches("[a-z0-9._-]{1,64}")) {
            p.put("organiserAccount", new Refusal("trial.organiser-account"));
        }
        if (statutoryGround == null || !GROUNDS.contains(statutoryGround)) {
            p.put("statutoryGround", new Refusal("trial.statutory-ground"));
        }
        if (blank(policyGround) || policyGround.length() > 1000) {
            p.put("policyGround", new Refusal("trial.policy-ground"));
        }
        if (blank(tasks) || tasks.length() > 2000) {
            p.put("tasks", new Refusal("trial.tasks"));
        }
        LocalDate start = date(startsOn, "startsOn", p);
        LocalDate end = date(endsOn, "endsOn", p);
        if (start != null && end != null && end.isBefore(start)) {
            p.put("endsOn", new Refusal("trial.end-before-start"));
        }
        if ("work-trial".equals(kind)) {
            if (hoursPerDay == null || hoursPerDay.signum() <= 0 || hoursPerDay.compareTo(BigDecimal.valueOf(24)) > 0 || hoursPerDay.scale() > 1) {
                p.put("hoursPerDay", new Refusal("trial.hours"));
            }
            if (daysPerWeek == null || daysPerWeek < 1 || daysPerWeek > 7) {
                p.put("daysPerWeek", new Refusal("trial.days-per-week"));
            }
            if (!Boolean.TRUE.equals(assurance)) {
                p.put("assurance", new Refusal("trial.assurance"));
            }
        } else if ("education-trial".equals(kind)) {
            if (trialDays == null || trialDays < 1 || trialDays > 366) {
                p.put("trialDays", new Refusal("trial.trial-days"));
            }
        }
        return p;
    }

    Valid valid() {
        boolean work = kind.equals("work-trial");
        return new Valid(kind, organiserName.trim(), organiserBusinessId.trim(),
                organiserAccount == null || organiserAccount.isBlank() ? null : organiserAccount.trim(), statutoryGround, policyGround.trim(),
                tasks.trim(), work ? hoursPerDay : null, work ? daysPerWeek : null, work ? null : trialDays, LocalDate.parse(startsOn.trim()),
                LocalDate.parse(endsOn.trim()), work && assurance);
    }

    private static LocalDate date(String value, String field, Map<String, Refusal> p) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            p.put(field, new Refusal("trial.date"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
