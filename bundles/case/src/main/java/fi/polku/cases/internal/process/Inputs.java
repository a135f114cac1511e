package fi.polku.cases.internal.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** What clients send to the service process, and the checks every input passes. */
public final class Inputs {
    private Inputs() {}

    static final Set<String> STATUSES = Set.of("unemployed", "laid-off", "part-time", "in-service", "employed", "student", "other");
    static final Set<String> MODES = Set.of("face-to-face", "phone", "video");
    static final Set<String> CONTACT_METHODS = Set.of("phone", "email", "letter", "online", "in-person");
    static final Set<String> INTERVIEW_KINDS = Set.of("initial", "supplementary", "job-search");

    /** Starting a job-search period. */
    public record PeriodInput(String start, String status, Boolean integrationPlan) {}

    /** Recording an interview; the plan is required for an initial and a job-search interview. */
    public record InterviewInput(String kind, String heldOn, String mode, String prerequisites, String serviceNeed, String notes,
            PlanInput plan) {}

    /** An employment plan (version). */
    public record PlanInput(Integer applicationsPerMonth, String agreedServices, String contactMethod, String notes) {}

    public record TransferInput(String unit, String reason) {}

    public record EndInput(String endDate, String reason) {}

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProcessException.invalid(field + " is required, as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProcessException.invalid(field + ": '" + value + "' is not a date; write it as YYYY-MM-DD.");
        }
    }

    static String oneOf(String value, Set<String> allowed, String field) {
        if (value == null || !allowed.contains(value.trim())) {
            throw ProcessException.invalid(field + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
                    + (value == null ? "." : "; '" + value + "' is not."));
        }
        return value.trim();
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProcessException.invalid(field + " is at most " + max + " characters.");
        }
        return value.trim();
    }

    static PlanInput checkPlan(PlanInput plan, String why) {
        if (plan == null) {
            throw ProcessException.invalid("plan is required: " + why);
        }
        if (plan.applicationsPerMonth() == null || plan.applicationsPerMonth() < 0 || plan.applicationsPerMonth() > 50) {
            throw ProcessException.invalid("plan.applicationsPerMonth (the work-search obligation) is a number from 0 to 50.");
        }
        return new PlanInput(plan.applicationsPerMonth(), text(plan.agreedServices(), "plan.agreedServices", 4000),
                oneOf(plan.contactMethod(), CONTACT_METHODS, "plan.contactMethod"), text(plan.notes(), "plan.notes", 4000));
    }
}
