package fi.polku.api.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job seeker who matches a vacancy, for the authority's staff: the name (to tell people apart),
 * the home municipality, the score and the reasons as codes ({@code occupation},
 * {@code occupation-group}, {@code place}, {@code language}, {@code skill}, {@code driving-licence},
 * {@code available}) that a module names in its own catalogue, and whether the job seeker has
 * consented to be presented to employers.
 */
public record Candidate(UUID customerId, String firstName, String lastName, String municipalityCode, int score, List<String> reasons,
        List<String> matchedSkills, boolean consentToPresent, @Nullable LocalDate availableFrom) {
    public Candidate {
        reasons = List.copyOf(reasons);
        matchedSkills = List.copyOf(matchedSkills);
    }
}
