package fi.polku.subsidies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the REST resources answer. Money in cents, as stored. */
final class Views {
    private Views() {}

    record AppropriationView(int year, String kind, String label, long amountCents, long committedCents, long remainingCents, boolean set) {
        /** {@code label} is the kind's name in the request's language. */
        static AppropriationView of(int year, SubsidyKind kind, Appropriations.Row row, String label) {
            return row == null ? new AppropriationView(year, kind.id(), label, 0, 0, 0, false)
                    : new AppropriationView(year, kind.id(), label, row.amountCents(), row.committedCents(), row.remainingCents(), true);
        }
    }

    record DecisionView(UUID id, String outcome, long grantedCents, int appropriationYear, String reasons, String decidedBy, Instant decidedAt) {
        static DecisionView of(Decision d) {
            return d == null ? null : new DecisionView(d.id(), d.outcome(), d.grantedCents(), d.appropriationYear(), d.reasons(),
                    d.decidedBy(), d.decidedAt());
        }
    }

    /**
     * An application; {@code ruleCheck} lists what the rule set in force on the start date says
     * against it (empty when nothing), so that the unit lead sees it before deciding.
     */
    record ApplicationView(UUID id, String kind, UUID customerId, String employerBusinessId, String employerName, String employerKind,
            boolean apprenticeship, LocalDate birthDate, Boolean fullTime, long requestedCents, int months, LocalDate startDate,
            String status, boolean priority, String createdBy, Instant createdAt, List<String> ruleCheck, DecisionView decision,
            String ground, Long payCostCents, Integer weeklyHours, Integer workTimePercent, Integer unemployedMonths, Integer employmentMonths) {
        static ApplicationView of(Application a, List<String> ruleCheck, Decision d) {
            return new ApplicationView(a.id(), a.kind().id(), a.customerId(), a.employerBusinessId(), a.employerName(), a.employerKind(),
                    a.apprenticeship(), a.birthDate(), a.fullTime(), a.requestedCents(), a.months(), a.startDate(), a.status(), a.priority(),
                    a.createdBy(), a.createdAt(), ruleCheck, DecisionView.of(d), a.terms().ground(), a.terms().payCostCents(),
                    a.terms().weeklyHours(), a.terms().workTimePercent(), a.terms().unemployedMonths(), a.terms().employmentMonths());
        }
    }
}
