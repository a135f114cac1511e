package fi.polku.web.internal.auth;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Lets resources guard methods with {@code @RolesAllowed("it-admin")} and friends (role ids of
 * {@link fi.polku.api.security.Role}); a caller without the role gets 403.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("polku.roles")
public final class RolesFeature implements Feature {
    @Override
    public boolean configure(FeatureContext context) {
        context.register(RolesAllowedDynamicFeature.class);
        return true;
    }
}
