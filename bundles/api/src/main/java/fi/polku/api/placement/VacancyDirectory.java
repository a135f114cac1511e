package fi.polku.api.placement;

import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Provided by an employer-services module: the core asks it about a vacancy when a caseworker
 * directs a job seeker to apply for one, and keeps what it answered with the job offer.
 */
@ConsumerType
public interface VacancyDirectory {
    /** The vacancy if it is this module's and published (open for applications); empty otherwise. */
    Optional<VacancySummary> vacancy(UUID vacancyId);
}
