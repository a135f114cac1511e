package fi.polku.subsidies.internal;

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
    Application toApplication(SubsidyRules rules, String createdBy, Instant now) {
        Map<String, String> fields = new LinkedHashMap<>();
        SubsidyKind k = SubsidyKind.of(kind).orElse(null);
        if (k == null) {
            fields.put("kind", "kind is one of: " + SubsidyKind.ids() + ".");
        }
        UUID customer = uuid(customerId);
        if (customer == null) {
            fields.put("customerId", "customerId is the id of a registered customer, like 3f2b8c1e-9a4d-4c1b-8e2f-1a2b3c4d5e6f.");
        }
        if (requestedCents == null || requestedCents < 1 || requestedCents > MAX_CENTS) {
            fields.put("requestedCents", "requestedCents is the amount applied for in cents (1 to " + MAX_CENTS + ").");
        }
        boolean monthsNeeded = k == SubsidyKind.PAY_SUBSIDY || k == SubsidyKind.EMPLOYMENT_SUBSIDY_55 || k == SubsidyKind.START_UP_GRANT;
        if (months == null ? monthsNeeded : months < 1 || months > 120) {
            fields.put("months", "months is the length of the subsidy in months (1 to 120).");
        }
        LocalDate start = date(startDate);
        if (start == null) {
            fields.put("startDate", "startDate is the first day of the subsidy, YYYY-MM-DD.");
        } else if (rules.ruleSetFor(start).isEmpty()) {
            fields.put("startDate", "No rule set is in force on " + start + "; subsidies can be applied for from the first rule set's start.");
        }
        Application.Employer employer = employer(k, fields);
        LocalDate born = birthDate(k, start, fields);
        if (k == SubsidyKind.START_UP_GRANT && fullTime == null) {
            fields.put("fullTime", "Say whether the business is full-time (true or false).");
        } else if (k != null && k != SubsidyKind.START_UP_GRANT && fullTime != null) {
            fields.put("fullTime", "fullTime is only asked for the start-up grant.");
        }
        if (!fields.isEmpty()) {
            throw SubsidyException.invalid(fields);
        }
        return new Application(k, customer, employer, born, fullTime, requestedCents, months == null ? 1 : months, start, createdBy, now);
    }

    private Application.Employer employer(SubsidyKind k, Map<String, String> fields) {
        if (k == null) {
            return null;
        }
        if (!k.toEmployer()) {
            if (employerBusinessId != null || employerName != null || employerKind != null || apprenticeship != null) {
                fields.put("employerBusinessId", "The " + k.label() + " is paid to the person: leave the employer fields out.");
            }
            return null;
        }
        BusinessId.problem(employerBusinessId).ifPresent(p -> fields.put("employerBusinessId", p));
        if (employerName == null || employerName.isBlank() || employerName.length() > 200) {
            fields.put("employerName", "employerName is the employer's name (at most 200 characters).");
        }
        if (employerKind == null || !EMPLOYER_KINDS.contains(employerKind)) { // Set.of rejects null
            fields.put("employerKind", "employerKind is company, public-body or third-sector (an association or foundation).");
        }
        if (apprenticeship != null && k != SubsidyKind.PAY_SUBSIDY) {
            fields.put("apprenticeship", "apprenticeship is asked only for pay subsidy.");
        }
        return fields.isEmpty() ? new Application.Employer(employerBusinessId.trim(), employerName.trim(), employerKind,
                Boolean.TRUE.equals(apprenticeship)) : null;
    }

    private LocalDate birthDate(SubsidyKind k, LocalDate start, Map<String, String> fields) {
        if (k != SubsidyKind.EMPLOYMENT_SUBSIDY_55) {
            if (birthDate != null) {
                fields.put("birthDate", "birthDate is asked only for the employment subsidy for people aged 55+.");
            }
            return null;
        }
        LocalDate born = date(birthDate);
        if (born == null || born.getYear() < 1900 || (start != null && !born.isBefore(start))) {
            fields.put("birthDate", "birthDate is the person's date of birth, YYYY-MM-DD, before the start date (the age rule needs it).");
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
