package com.example.partner.training;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/partner-training}: the partner's courses, and what it has heard of the referrals named. */
@Component(service = TrainingResource.class)
@JakartarsResource
// Only behind Polku's login and role checks, like every resource of the platform.
@SecuredResource
@Path("partner-training")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class TrainingResource {

    public record Course(String id, String name, String place, int seats) {}

    public record Heard(UUID referralId, String state, long lastSequence, Instant heardAt) {}

    private final HeardReferrals heard;

    @Activate
    public TrainingResource(@Reference HeardReferrals heard) {
        this.heard = heard;
    }

    @GET
    @Path("courses")
    public List<Course> courses() {
        return List.of(new Course("pk-2026-1", "Puhtausalan koulutus, Pyhtää", "pyhtaa", 14),
                new Course("pk-2026-2", "Kiinteistönhoidon koulutus", "kotka", 12));
    }

    /** {@code GET referrals?referral=...}: a bad or missing id is simply not found (at most 100). */
    @GET
    @Path("referrals")
    public List<Heard> referrals(@QueryParam("referral") List<String> referrals) {
        List<UUID> ids = referrals.stream().limit(100).map(TrainingResource::uuid).filter(java.util.Objects::nonNull).toList();
        return heard.of(ids).stream().map(h -> new Heard(h.id(), h.state(), h.lastSequence(), h.heardAt())).toList();
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
