package fi.polku.training.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralDetails;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/training/provider/applications}: a course provider's applicants and its
 * decisions. A provider account (partner role) sees the applications to its own courses and
 * nothing else, with the least of each person that selecting needs (read through the core, which
 * records each reading); a unit lead decides for the courses that name no provider account.
 */
@Component(service = ProviderResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/training/provider/applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.PARTNER, Role.Ids.UNIT_LEAD})
public final class ProviderResource {
    /** An applicant as the provider sees them: no identity code, no other services. */
    public record Applicant(UUID id, UUID courseId, String courseName, String state, Instant appliedAt, String note, String purpose,
            String firstName, String lastName, String language, String contactChannel, String contact, LocalDate dismissedOn) {}

    public record Note(String note) {}

    private final Applications applications;
    private final ModuleReferrals referrals;
    private final Messages messages;

    @Activate
    public ProviderResource(@Reference Applications applications, @Reference ModuleReferrals referrals, @Reference Messages messages) {
        this.applications = applications;
        this.referrals = referrals;
        this.messages = messages;
    }

    /** The provider's applicants, newest first, one page with the total ({@code offset}, {@code limit}). */
    @GET
    public fi.polku.api.rest.ListPage<Applicant> list(@jakarta.ws.rs.QueryParam("offset") Integer offset,
            @jakarta.ws.rs.QueryParam("limit") Integer limit, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.PARTNER, Role.UNIT_LEAD);
        fi.polku.api.rest.FieldCheck check = new fi.polku.api.rest.FieldCheck(messages);
        fi.polku.api.rest.ListPage.Request page = check.page(offset, limit, 100, 500);
        check.done();
        fi.polku.api.rest.ListPage<Applications.View> mine = applications.ofProvider(
                user.roles().contains(Role.PARTNER) ? user.username() : "", page);
        return page.answer(mine.total(), mine.items().stream().map(v -> {
            ReferralDetails d = referrals.details(v.referralId(), user, "training applicant list").orElse(null);
            return d == null ? null : new Applicant(v.id(), v.courseId(), v.courseName(), v.state(), v.appliedAt(), v.note(), d.purpose(),
                    d.firstName(), d.lastName(), d.language(), d.contactChannel().orElse(null), d.contact().orElse(null), v.dismissedOn());
        }).filter(Objects::nonNull).toList());
    }

    /** {@code POST {id}/select}, {@code decline}, {@code start}, {@code complete}, {@code interrupt}; the last three need {@code {"note"}}. */
    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Applications.View decide(@PathParam("id") String id, @PathParam("action") String action, Note body, @Context SecurityContext s) {
        PolkuUser user = Caller.require(s.getUserPrincipal(), Role.PARTNER, Role.UNIT_LEAD);
        UUID application = Ids.of(id, "id", messages);
        String account = applications.providerAccountOf(application).orElse(null);
        boolean mine = account != null && account.equals(user.roles().contains(Role.PARTNER) ? user.username() : "");
        if (!mine) {
            // Another provider's applicant does not exist as far as this one knows.
            throw Problem.of(404, "no-application", messages.texts("no-application"));
        }
        String note = body == null ? null : body.note();
        return switch (action) {
            case "select" -> applications.select(application, user);
            case "decline" -> applications.decline(application, note, user);
            case "start" -> applications.start(application, user);
            case "complete" -> applications.end(application, "completed", note, user);
            case "interrupt" -> applications.end(application, "interrupted", note, user);
            default -> throw Problem.of(404, "no-such-action", messages.texts("no-such-action"));
        };
    }
}
