package fi.polku.cases.internal.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the REST API answers about the service process. */
public final class Views {
    private Views() {}

    public record PeriodView(UUID id, UUID customerId, String municipalityCode, LocalDate start, String status, String ruleSet,
            String unit, boolean integrationPlan, LocalDate endDate, String endReason, LocalDate municipalLiabilityDate,
            List<StepView> timeline, List<InterviewView> interviews, PlanView plan, List<PlanView> planHistory, List<UnitView> units,
            ArrivalReferral arrivalReferral) {
        /** The same period with what came of the referral its new unit makes on arrival. */
        public PeriodView withArrival(ArrivalReferral a) {
            return new PeriodView(id, customerId, municipalityCode, start, status, ruleSet, unit, integrationPlan, endDate, endReason,
                    municipalLiabilityDate, timeline, interviews, plan, planHistory, units, a);
        }
    }

    /**
     * After a transfer to a unit that refers its arrivals to a service (the multisectoral unit to
     * the co-operation): the referral made, or why none could be ({@code refusal}, in the user's
     * language); null in every other answer.
     */
    public record ArrivalReferral(String serviceType, UUID referralId, String moduleId, java.util.Map<String, String> refusal) {}

    /** A statutory step on the timeline: due (and window start), done or not, overdue or not. */
    public record StepView(UUID taskId, String step, LocalDate from, LocalDate due, String state, String ownerUnit, String ownerUser,
            Instant doneAt, String doneBy, boolean overdue) {
        static StepView of(Task t, LocalDate today) {
            return new StepView(t.id(), t.step(), t.windowFrom(), t.due(), t.state(), t.ownerUnit(), t.ownerUser(), t.doneAt(), t.doneBy(),
                    t.isOpen() && t.due().isBefore(today));
        }
    }

    public record InterviewView(UUID id, String kind, LocalDate heldOn, String mode, String prerequisites, String serviceNeed,
            String notes, String recordedBy) {
        static InterviewView of(Interview i) {
            return new InterviewView(i.id(), i.kind(), i.heldOn(), i.mode(), i.prerequisites(), i.serviceNeed(), i.notes(), i.recordedBy());
        }
    }

    public record PlanView(int version, int applicationsPerMonth, String agreedServices, String contactMethod, String notes,
            Instant createdAt, String createdBy) {
        static PlanView of(PlanVersion p) {
            return new PlanView(p.version(), p.applicationsPerMonth(), p.agreedServices(), p.contactMethod(), p.notes(), p.createdAt(),
                    p.createdBy());
        }
    }

    public record UnitView(String unit, LocalDate from, String reason, String by) {
        static UnitView of(UnitAssignment a) {
            return new UnitView(a.unit(), a.fromDate(), a.reason(), a.assignedBy());
        }
    }

    /** A row of a worklist or a unit queue. */
    public record TaskRow(UUID taskId, String step, LocalDate from, LocalDate due, boolean overdue, UUID customerId, String customerName,
            String municipalityCode, UUID periodId, String ownerUnit, String ownerUser) {}
}
