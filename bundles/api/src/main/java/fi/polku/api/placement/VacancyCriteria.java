package fi.polku.api.placement;

import java.util.List;
import java.util.Objects;

/**
 * What a vacancy asks of a job seeker, for matching: its occupation (an ISCO-08 code of 4 or 5
 * digits), where the work is (a municipality code), the languages it requires (ISO 639-1),
 * whether a driving licence is required, and the skills it values (words, compared case-blind).
 */
public record VacancyCriteria(String occupationCode, String municipalityCode, List<String> languages, boolean drivingLicence,
        List<String> skills) {
    public VacancyCriteria {
        Objects.requireNonNull(occupationCode, "occupationCode");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        languages = List.copyOf(languages);
        skills = List.copyOf(skills);
    }
}
