package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A new application as a caseworker sends it. Employer subsidies name the employer; the birth
 * date is asked only for the employment subsidy for people aged 55+, whose age rule needs it, and
 * refused elsewhere so that no more is kept about a person than a rule needs.
 */
public record ApplicationInput(String kind, String customerId, String employerBusinessId, String employerName, String employerKind,
        Boolean apprenticeship, String birthDate, Boolean fullTime, Long requestedCents, Integer months, String startDate) {
    static final Set<String> EMPLOYER_KINDS = Set.of("company", "public-body", "third-sector");
    /** 10 million euros: far above any single subsidy, so a typo of a few zeros is caught. */
    static final long MAX_CENTS = 1_000_000_000L;

    /** The application, or 400 with every wrong field; whether the rules allow it is the decision's matter. */
    Application toApplication(SubsidyRules rules, String createdBy, Instant now, Messages messages) {
        Map<String, Reason> fields = new LinkedHashMap<>();
        SubsidyKind k = SubsidyKind.of(kind).orElse(null);
        if (k == null) {
            fields.put("kind", Reason.of("input.kind", SubsidyKind.names()));
        }
        UUID customer = uuid(customerId);
        if (customer == null) {
            fields.put("customerId", Reason.of("input.customer-id"));
        }
        if (requestedCents == null || requestedCents < 1 || requestedCents > MAX_CENTS) {
            fields.put("requestedCents", Reason.of("input.requested-cents", MAX_CENTS));
        }
        boolean monthsNeeded = k == SubsidyKind.PAY_SUBSIDY || k == SubsidyKind.EMPLOYMENT_SUBSIDY_55 || k == SubsidyKind.START_UP_GRANT;
        if (months == null ? monthsNeeded : months < 1 || months > 120) {
            fields.put("months", Reason.of("input.months"));
        }
        LocalDate start = date(startDate);
        if (start == null) {
            fields.put("startDate", Reason.of("input.start-date"));
        } else if (rules.ruleSetFor(start).isEmpty()) {
            fields.put("startDate", Reason.of("input.no-rule-set", start));
        }
        Application.Employer employer = employer(k, fields);
        LocalDate born = birthDate(k, start, fields);
        if (k == SubsidyKind.START_UP_GRANT && fullTime == null) {
            fields.put("fullTime", Reason.of("input.full-time"));
        } else if (k != null && k != SubsidyKind.START_UP_GRANT && fullTime != null) {
            fields.put("fullTime", Reason.of("input.full-time-not-asked"));
        }
        if (!fields.isEmpty()) {
            Problem.Builder refused = Problem.invalid();
            fields.forEach((field, reason) -> refused.field(field, reason.texts(messages)));
            throw refused.build();
        }
        return new Application(k, customer, employer, born, fullTime, requestedCents, months == null ? 1 : months, start, createdBy, now);
    }

    private Application.Employer employer(SubsidyKind k, Map<String, Reason> fields) {
        if (k == null) {
            return null;
        }
        if (!k.toEmployer()) {
            if (employerBusinessId != null || employerName != null || employerKind != null || apprenticeship != null) {
                fields.put("employerBusinessId", Reason.of("input.no-employer", Reason.kind(k)));
            }
            return null;
        }
        BusinessId.problem(employerBusinessId).ifPresent(p -> fields.put("employerBusinessId", p));
        if (employerName == null || employerName.isBlank() || employerName.length() > 200) {
            fields.put("employerName", Reason.of("input.employer-name"));
        }
        if (employerKind == null || !EMPLOYER_KINDS.contains(employerKind)) { // Set.of rejects null
            fields.put("employerKind", Reason.of("input.employer-kind"));
        }
        if (apprenticeship != null && k != SubsidyKind.PAY_SUBSIDY) {
            fields.put("apprenticeship", Reason.of("input.apprenticeship"));
        }
        return fields.isEmpty() ? new Application.Employer(employerBusinessId.trim(), employerName.trim(), employerKind,
                Boolean.TRUE.equals(apprenticeship)) : null;
    }

    private LocalDate birthDate(SubsidyKind k, LocalDate start, Map<String, Reason> fields) {
        if (k != SubsidyKind.EMPLOYMENT_SUBSIDY_55) {
            if (birthDate != null) {
                fields.put("birthDate", Reason.of("input.birth-date-not-asked"));
            }
            return null;
        }
        LocalDate born = date(birthDate);
        if (born == null || born.getYear() < 1900 || (start != null && !born.isBefore(start))) {
            fields.put("birthDate", Reason.of("input.birth-date"));
        }
        return born;
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
