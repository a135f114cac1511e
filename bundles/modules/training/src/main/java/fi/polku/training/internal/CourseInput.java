package fi.polku.training.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A new course as a unit lead typed it, checked field by field: every problem is named at once,
 * in the catalogue's words. A course whose aim is a degree is refused by the rule in force on its
 * start day, quoting its source. Pure: unit-tested without a framework.
 */
public record CourseInput(String name, String kind, String jointKind, String provider, String providerAccount, String language,
        String place, Integer seats, String applicationsOpen, String applicationsClose, String startsOn, String endsOn,
        Boolean degreeAim, Long priceCents, Long employerShareCents, String employerBusinessId) {

    static final List<String> KINDS = List.of("labour-market", "entrepreneurial", "integration", "change-security", "joint-purchase");
    /** RekryKoulutus, TäsmäKoulutus, MuutosKoulutus. */
    static final List<String> JOINT_KINDS = List.of("rekry", "tasma", "muutos");
    static final List<String> PLACES = List.of("kotka", "hamina", "online");
    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    /** A checked course. */
    record Valid(String name, String kind, String jointKind, String provider, String providerAccount, String language, String place,
            int seats, LocalDate applicationsOpen, LocalDate applicationsClose, LocalDate startsOn, LocalDate endsOn, Long priceCents,
            Long employerShareCents, String employerBusinessId) {}

    /** The problems by field (catalogue reasons); empty when the course may be added. */
    Map<String, Refusal> problems(java.util.function.Function<LocalDate, java.util.Optional<RuleSet>> rulesOn) {
        Map<String, Refusal> p = new LinkedHashMap<>();
        if (blank(name) || name.trim().length() > 200) {
            p.put("name", new Refusal("course.name"));
        }
        if (kind == null || !KINDS.contains(kind)) {
            p.put("kind", new Refusal("course.kind"));
        }
        if (blank(provider) || provider.trim().length() > 200) {
            p.put("provider", new Refusal("course.provider"));
        }
        if (providerAccount != null && !providerAccount.isBlank() && !providerAccount.trim().matches("[a-z0-9._-]{1,64}")) {
            p.put("providerAccount", new Refusal("course.provider-account"));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            p.put("language", new Refusal("course.language"));
        }
        if (place == null || !PLACES.contains(place)) {
            p.put("place", new Refusal("course.place"));
        }
        if (seats == null || seats < 1 || seats > 500) {
            p.put("seats", new Refusal("course.seats"));
        }
        LocalDate open = date(applicationsOpen, "applicationsOpen", p);
        LocalDate close = date(applicationsClose, "applicationsClose", p);
        LocalDate start = date(startsOn, "startsOn", p);
        LocalDate end = date(endsOn, "endsOn", p);
        if (open != null && close != null && close.isBefore(open)) {
            p.put("applicationsClose", new Refusal("course.close-before-open"));
        }
        if (close != null && start != null && start.isBefore(close)) {
            p.put("startsOn", new Refusal("course.start-before-close"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            p.put("endsOn", new Refusal("course.end-before-start"));
        }
        if (Boolean.TRUE.equals(degreeAim) && start != null) {
            rulesOn.apply(start).ifPresentOrElse(r -> {
                if (r.degreeAimRefused().value()) {
                    p.put("degreeAim", new Refusal("rule.degree-aim", r.degreeAimRefused().cite()));
                }
            }, () -> p.put("degreeAim", new Refusal("rule.no-rule-set", start)));
        }
        if ("joint-purchase".equals(kind)) {
            if (jointKind == null || !JOINT_KINDS.contains(jointKind)) {
                p.put("jointKind", new Refusal("course.joint-kind"));
            }
            if (priceCents == null || priceCents < 1 || priceCents > 100_000_000_00L) {
                p.put("priceCents", new Refusal("course.price"));
            }
            // The employer pays part of a joint purchase (its very definition); the shares by kind are not checked here.
            if (employerShareCents == null || employerShareCents < 1 || (priceCents != null && employerShareCents >= priceCents)) {
                p.put("employerShareCents", new Refusal("course.employer-share"));
            }
            BusinessId.problem(employerBusinessId).ifPresent(r -> p.put("employerBusinessId", r));
        }
        return p;
    }

    Valid valid() {
        boolean joint = "joint-purchase".equals(kind);
        return new Valid(name.trim(), kind, joint ? jointKind : null, provider.trim(),
                providerAccount == null || providerAccount.isBlank() ? null : providerAccount.trim(), language, place, seats,
                LocalDate.parse(applicationsOpen), LocalDate.parse(applicationsClose), LocalDate.parse(startsOn), LocalDate.parse(endsOn),
                joint ? priceCents : null, joint ? employerShareCents : null, joint ? employerBusinessId.trim() : null);
    }

    private static LocalDate date(String value, String field, Map<String, Refusal> p) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            p.put(field, new Refusal("course.date"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
