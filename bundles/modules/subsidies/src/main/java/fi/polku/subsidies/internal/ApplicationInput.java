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
        Boolean apprenticeship, String birthDate, Boolean fullTime, Long requestedCents, Integer months, String startDate,
        String ground, Long payCostCents, Integer weeklyHours, Integer workTimePercent, Integer unemployedMonths, Integer employmentMonths) {
    /** The State is a kind so that it can be named and refused by the rules (it gets no pay subsidy), not guessed as a public body. */
    static final Set<String> EMPLOYER_KINDS = Set.of("company", "municipality", "state", "public-body", "third-sector");
    static final Set<String> GROUNDS = Set.of("general", "reduced-work-ability", "association");

    /** The application as before the terms were asked (kinds that need none, and tests of the other fields). */
    ApplicationInput(String kind, String customerId, String employerBusinessId, String employerName, String employerKind, Boolean apprenticeship,
            String birthDate, Boolean fullTime, Long requestedCents, Integer months, String startDate) {
        this(kind, customerId, employerBusinessId, employerName, employerKind, apprenticeship, birthDate, fullTime, requestedCents, months,
                startDate, null, null, null, null, null, null);
    }
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
        Application.Terms terms = terms(k, fields);
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
        return new Application(k, customer, employer, born, fullTime, terms, requestedCents, months == null ? 1 : months, start, createdBy, now);
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

    /** The terms the kind's rules look at; each asked only where a rule needs it. */
    private Application.Terms terms(SubsidyKind k, Map<String, Reason> fields) {
        boolean pay = k == SubsidyKind.PAY_SUBSIDY;
        boolean e55 = k == SubsidyKind.EMPLOYMENT_SUBSIDY_55;
        if (pay && (ground == null || !GROUNDS.contains(ground))) {
            fields.put("ground", Reason.of("input.ground"));
        } else if (!pay && ground != null) {
            fields.put("ground", Reason.of("input.not-asked"));
        }
        if ((pay || e55) && (payCostCents == null || payCostCents < 1 || payCostCents > MAX_CENTS)) {
            fields.put("payCostCents", Reason.of("input.pay-cost", MAX_CENTS));
        } else if (!pay && !e55 && payCostCents != null) {
            fields.put("payCostCents", Reason.of("input.not-asked"));
        }
        boolean association = pay && "association".equals(ground);
        if (association && (workTimePercent == null || workTimePercent < 1 || workTimePercent > 100)) {
            fields.put("workTimePercent", Reason.of("input.work-time-percent"));
        } else if (!association && workTimePercent != null) {
            fields.put("workTimePercent", Reason.of("input.not-asked"));
        }
        if (e55 && (weeklyHours == null || weeklyHours < 1 || weeklyHours > 60)) {
            fields.put("weeklyHours", Reason.of("input.weekly-hours"));
        } else if (!e55 && weeklyHours != null) {
            fields.put("weeklyHours", Reason.of("input.not-asked"));
        }
        boolean municipalLongTerm = pay && "municipality".equals(employerKind) && !"reduced-work-ability".equals(ground);
        if (e55 && (unemployedMonths == null || unemployedMonths < 0 || unemployedMonths > 28)) {
            fields.put("unemployedMonths", Reason.of("input.unemployed-months-28"));
        } else if (municipalLongTerm && (unemployedMonths == null || unemployedMonths < 0 || unemployedMonths > 600)) {
            fields.put("unemployedMonths", Reason.of("input.unemployed-months"));
        } else if (!e55 && !municipalLongTerm && unemployedMonths != null) {
            fields.put("unemployedMonths", Reason.of("input.not-asked"));
        }
        if (employmentMonths != null && (!e55 || employmentMonths < 1 || employmentMonths > 120)) {
            fields.put("employmentMonths", Reason.of(e55 ? "input.employment-months" : "input.not-asked"));
        }
        return new Application.Terms(ground, payCostCents, weeklyHours, workTimePercent, unemployedMonths, employmentMonths);
    }

    /** A municipality's pay subsidy for a long-term unemployed person depends on the person's age too. */
    private boolean birthDateAsked(SubsidyKind k) {
        return k == SubsidyKind.EMPLOYMENT_SUBSIDY_55
                || (k == SubsidyKind.PAY_SUBSIDY && "municipality".equals(employerKind) && !"reduced-work-ability".equals(ground));
    }

    private LocalDate birthDate(SubsidyKind k, LocalDate start, Map<String, Reason> fields) {
        if (!birthDateAsked(k)) {
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
