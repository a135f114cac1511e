package fi.polku.guidance.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Expert assessments (expert-assessment-default, asiantuntija-arvioinnit) of a job seeker's skills,
 * work ability or suitability, bought from outside experts; mapped per municipality as
 * {@code module.expert-assessment}.
 */
@Component(service = ServiceModule.class)
public final class ExpertAssessmentModule implements ServiceModule {
    static final String MODULE_ID = "expert-assessment-default";

    private final KnownReferrals known;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public ExpertAssessmentModule(@Reference KnownReferrals known, @Reference Messages messages) {
        this.known = known;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, ExpertAssessments.TYPE).provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.TENDERED).names(messages.texts("module.expert-assessment")).build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** An employment service: for a job seeker with an open job search. */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        return subject.jobSearchStart().isPresent() ? Eligibility.yes() : Eligibility.no(messages.texts("not-eligible"));
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        known.changed(event);
    }
}
