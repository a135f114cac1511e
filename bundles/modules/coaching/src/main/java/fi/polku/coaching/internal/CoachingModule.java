package fi.polku.coaching.internal;

import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.module.ServiceTypes;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's own coaching (coaching-default): job-search coaching online and in person, career
 * coaching, work coaching (Act 380/2023; the service plan's coaching section). Municipalities
 * that tender their coaching map the type to a partner's module instead.
 */
@Component(service = ServiceModule.class)
public final class CoachingModule implements ServiceModule {
    static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor("coaching-default", ServiceTypes.COACHING,
            "Etelä-Kymenlaakson työllisyysalue", ProductionMode.OWN_PRODUCTION,
            Map.of("fi", "Valmennukset", "sv", "Träningar", "en", "Coaching"));

    private final Enrolments enrolments;

    @Activate
    public CoachingModule(@Reference Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Coaching is an employment service: for a job seeker with an open job search. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        if (subject.jobSearchStart() == null) {
            return Eligibility.no("coaching is a service for registered job seekers; start the customer's job search first (Act 380/2023)");
        }
        return Eligibility.yes();
    }

    /** Keeps the module's own record of its referrals: a declined or interrupted one gives its course place back. */
    @Override
    public void referralChanged(ReferralEvent event) {
        enrolments.referralChanged(event);
    }
}
