package fi.polku.cases.internal.process;

import fi.polku.cases.internal.i18n.Message;
import java.util.Set;

/** What clients send to the service process, and the checks that several inputs share. */
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

    /**
     * The plan of an interview of {@code kind}: required at an initial and a job-search interview
     * (they draw up and update it), optional at a supplementary one. Null when absent or invalid.
     */
    static PlanInput plan(InputCheck check, PlanInput plan, String kind) {
        if (plan == null) {
            if ("initial".equals(kind)) {
                check.problem("plan", Message.PLAN_REQUIRED_AT_INITIAL);
            } else if ("job-search".equals(kind)) {
                check.problem("plan", Message.PLAN_REQUIRED_AT_JOB_SEARCH);
            }
            return null;
        }
        Integer applications = plan.applicationsPerMonth();
        if (applications == null || applications < 0 || applications > 50) {
            check.problem("plan.applicationsPerMonth", Message.APPLICATIONS_PER_MONTH);
        }
        return new PlanInput(applications, check.text("plan.agreedServices", plan.agreedServices(), 4000),
                check.oneOf("plan.contactMethod", plan.contactMethod(), CONTACT_METHODS), check.text("plan.notes", plan.notes(), 4000));
    }
}
