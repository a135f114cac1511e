package fi.polku.api.placement;

import fi.polku.api.security.PolkuUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Provided by the core: the job seekers' side of placement. Every answer about people is recorded in their audit trail. */
@ProviderType
public interface Placement {
    /** The most candidates one call gives. */
    int MAX_CANDIDATES = 200;

    /**
     * Job seekers with a job search in force whose job-search profile matches the vacancy, best
     * first, each with the reasons it matches; at most {@code limit} (1 to {@link #MAX_CANDIDATES}).
     * A job seeker matches by occupation (the same unit group, or the same minor group, of ISCO-08)
     * and has every language the vacancy requires and a driving licence when it requires one.
     */
    List<Candidate> candidates(VacancyCriteria vacancy, int limit, PolkuUser asking, String purpose);

    /**
     * What an employer may be shown of a job seeker, only while the job seeker's consent to be
     * presented to employers is in force; empty otherwise (or when there is no such job seeker).
     */
    Optional<PresentedJobSeeker> presentable(UUID customerId, PolkuUser asking, String purpose);

    /** The job offers made for a vacancy (the directions to apply for it), newest first. */
    List<JobOfferView> offersFor(UUID vacancyId, PolkuUser asking);
}
