package com.example.partner.coaching;

import fi.polku.api.rest.SecuredResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** The partner's own REST resource, {@code GET /api/partner-coaching/courses}: served by the platform's whiteboard. */
@Component(service = CoursesResource.class)
@JakartarsResource
// Only behind Polku's login and role checks, like every resource of the platform.
@SecuredResource
@Path("partner-coaching/courses")
@Produces(MediaType.APPLICATION_JSON)
public final class CoursesResource {

    public record Course(String id, String name, String mode, int seats) {}

    @GET
    public List<Course> courses() {
        return List.of(new Course("tv-2026-1", "Työnhakuvalmennus, kevät 2026", "online", 20),
                new Course("tv-2026-2", "Työnhakuvalmennus, Kotka", "in-person", 12));
    }
}
