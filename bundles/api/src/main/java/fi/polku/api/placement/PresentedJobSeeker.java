package fi.polku.api.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * All that an employer is shown of a job seeker presented to it, with the job seeker's consent:
 * the name, the contact the job seeker prefers, the wanted occupations, skills, languages,
 * education, driving licence and when the job seeker can start. Never the identity code, age,
 * unemployment, services, health or anything else of the case.
 */
public record PresentedJobSeeker(UUID customerId, String firstName, String lastName, @Nullable String contact, List<String> occupations,
        List<String> skills, List<String> languages, @Nullable String education, boolean drivingLicence, @Nullable LocalDate availableFrom) {
    public PresentedJobSeeker {
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }
}
