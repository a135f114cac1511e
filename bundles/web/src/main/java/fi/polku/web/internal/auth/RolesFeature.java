package fi.polku.web.internal.auth;

import fi.polku.api.rest.SecuredResource;
import fi.polku.web.internal.problem.ProblemBody;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Lets resources guard classes and methods with {@code @RolesAllowed({Role.Ids.CASEWORKER, ...})}
 * (role ids of {@link fi.polku.api.security.Role}); a method's annotation overrides its
 * class's. A caller without any of the roles gets 403 naming the roles needed.
 */
@Component(service = DynamicFeature.class)
@JakartarsExtension
@JakartarsName(SecuredResource.ROLES_NAME)
public final class RolesFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RolesFilter(Arrays.asList(allowed.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RolesFilter implements ContainerRequestFilter {
        private final List<String> roles;

        RolesFilter(List<String> roles) {
            this.roles = List.copyOf(roles);
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
                request.abortWith(ProblemBody.response(403, "forbidden", "role-needed-one-of", String.join(", ", roles)));
            }
        }
    }
}
