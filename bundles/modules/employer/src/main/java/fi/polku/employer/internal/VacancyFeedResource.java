package fi.polku.employer.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/vacancy-feed}: the published vacancies still open for applications, as a feed
 * (schema {@code polku.vacancy-feed/1}, documented in the README) that the national job market
 * platform or another board can take page by page: ask with {@code after} and {@code afterId} = the
 * previous page's {@code next} and {@code nextId} until a page is empty (the pair is the position of
 * its last vacancy, so vacancies published in the same instant are never split or repeated).
 * Nothing of any job seeker is in it.
 */
@Component(service = VacancyFeedResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/vacancy-feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD, Role.Ids.IT_ADMIN})
public final class VacancyFeedResource {
    static final String SCHEMA = "polku.vacancy-feed/1";

    public record Employer(String name, String businessId) {}

    public record Occupation(String code, String classification) {}

    public record Item(UUID id, String title, Employer employer, Occupation occupation, String municipalityCode, String workplace,
            List<String> languages, boolean drivingLicence, List<String> skills, String requirements, LocalDate startsOn, LocalDate endsOn,
            boolean permanent, int positions, String howToApply, LocalDate applyBy, Instant publishedAt) {}

    /** {@code next}, {@code nextId}: the {@code after}, {@code afterId} of the next page (the last item's), or as asked when the page is empty. */
    public record Page(String schema, Instant generatedAt, Instant next, UUID nextId, List<Item> vacancies) {}

    private final Vacancies vacancies;
    private final Messages messages;

    @Activate
    public VacancyFeedResource(@Reference Vacancies vacancies, @Reference Messages messages) {
        this.vacancies = vacancies;
        this.messages = messages;
    }

    @GET
    public Page feed(@QueryParam("after") String after, @QueryParam("afterId") String afterId, @QueryParam("limit") @DefaultValue("500") int limit) {
        Instant from;
        try {
            from = after == null || after.isBlank() ? Instant.EPOCH : Instant.parse(after.trim());
        } catch (DateTimeParseException e) {
            throw Problem.invalid().field("after", messages.texts("feed.after")).build();
        }
        UUID fromId;
        try {
            fromId = afterId == null || afterId.isBlank() ? new UUID(0, 0) : UUID.fromString(afterId.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field("afterId", messages.texts("input.id")).build();
        }
        if (limit < 1 || limit > 1000) {
            throw Problem.invalid().field("limit", messages.texts("feed.limit")).build();
        }
        List<Item> items = vacancies.published(from, fromId, limit).stream().map(v -> new Item(v.id(), v.title(), new Employer(v.employerName(),
                v.businessId()), new Occupation(v.occupationCode(), "ISCO-08"), v.municipalityCode(), v.workplace(), v.languages(),
                v.drivingLicence(), v.skills(), v.requirements(), v.startsOn(), v.endsOn(), v.endsOn() == null, v.positions(), v.howToApply(),
                v.applyBy(), v.publishedAt())).toList();
        Item last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page(SCHEMA, Instant.now(), last == null ? from : last.publishedAt(), last == null ? fromId : last.id(), items);
    }
}
