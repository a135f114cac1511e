package fi.polku.guidance.internal.study;

import fi.polku.api.i18n.Messages;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.module.ReferralEvent;
import fi.polku.api.module.ReferralSubject;
import fi.polku.api.module.ServiceModule;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.guidance.internal.KnownReferrals;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's decisions on self-motivated study with unemployment benefit
 * (self-motivated-study-default), mapped per municipality as {@code module.self-motivated-study}.
 * Own production: the decision is the authority's, and its statement names the person to the
 * benefit payer.
 */
@Component(service = ServiceModule.class)
public final class SelfMotivatedStudyModule implements ServiceModule {
    public static final String MODULE_ID = "self-motivated-study-default";

    private final KnownReferrals known;
    private final StudyRules rules;
    private final Messages messages;
    private final ModuleDescriptor descriptor;

    @Activate
    public SelfMotivatedStudyModule(@Reference KnownReferrals known, @Reference StudyRules rules, @Reference Messages messages) {
        this.known = known;
        this.rules = rules;
        this.messages = messages;
        this.descriptor = ModuleDescriptor.builder(MODULE_ID, StudyDecisions.TYPE).provider("Etelä-Kymenlaakson työllisyysalue")
                .productionMode(ProductionMode.OWN_PRODUCTION).names(messages.texts("module.self-motivated-study")).build();
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /**
     * For a job seeker with a job search in force. The age is not asked here: the law counts it on
     * the study's first day, which is known only when support is decided.
     */
    @Override
    public Eligibility eligibility(ReferralSubject subject) {
        LocalDate today = LocalDate.now(FinnishCalendar.ZONE);
        if (rules.on(today).isEmpty()) {
            return Eligibility.no(messages.texts("rule.none", today));
        }
        if (subject.jobSearchStart().isEmpty()) {
            return Eligibility.no(messages.texts("study.no-job-search"));
        }
        return Eligibility.yes();
    }

    @Override
    public void referralChanged(ReferralEvent event) {
        known.changed(event);
    }
}
