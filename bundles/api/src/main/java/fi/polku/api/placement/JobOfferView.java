package fi.polku.api.placement;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job offer (a direction to apply for a vacancy) as the employer side sees it: to whom, when,
 * and the job seeker's response ({@code applied}, {@code not-applied}; null while none) and the
 * outcome ({@code hired}, {@code not-hired}; null while open).
 */
public record JobOfferView(UUID id, UUID vacancyId, UUID customerId, String firstName, String lastName, LocalDate offeredOn,
        @Nullable String response, @Nullable String outcome) {}
