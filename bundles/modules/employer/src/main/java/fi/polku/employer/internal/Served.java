package fi.polku.employer.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.rest.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Whether this module serves a municipality's employers: the municipality maps
 * {@code module.employer-services} to it. Another municipality may map another module (its own,
 * or a partner's); this one then leaves that municipality's employers alone.
 */
@Component(service = Served.class)
public final class Served {
    private final ModuleRouting routing;
    private final Messages messages;

    @Activate
    public Served(@Reference ModuleRouting routing, @Reference Messages messages) {
        this.routing = routing;
        this.messages = messages;
    }

    boolean serves(String municipalityCode) {
        ModuleRouting.Route r = routing.route(municipalityCode, EmployerServicesModule.TYPE);
        return r.moduleId().filter(EmployerServicesModule.MODULE_ID::equals).isPresent();
    }

    /** 409 unless this module serves the municipality's employers. */
    void require(String municipalityCode) {
        if (!serves(municipalityCode)) {
            throw Problem.of(409, "not-served", messages.texts("employer.not-served", municipalityCode));
        }
    }
}
