package fi.polku.cases.internal.document;

import fi.polku.api.document.Document;
import fi.polku.api.document.DocumentRenderer;
import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.StaffDirectory;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import fi.polku.cases.internal.process.JobSearchPeriod;
import fi.polku.cases.internal.process.PlanVersion;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The employment plan (työllistymissuunnitelma) as the customer gets it: the current version, in
 * the customer's language (Finnish or Swedish; English for others), under the area's letterhead,
 * as a tagged PDF. Never the identity code. Each print is kept in the customer's document list.
 */
@Component(service = PlanDocument.class)
public final class PlanDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    /** The PDF and what it is called. */
    public record Pdf(byte[] bytes, String fileName) {}

    private final PersistenceUnit unit;
    private final Messages messages;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final DocumentRenderer renderer;

    @Activate
    public PlanDocument(@Reference CaseDatabase database, @Reference Messages messages, @Reference Organisation organisation,
            @Reference StaffDirectory staff, @Reference DocumentRenderer renderer) {
        this.unit = database.unit();
        this.messages = messages;
        this.organisation = organisation;
        this.staff = staff;
        this.renderer = renderer;
    }

    Pdf plan(UUID periodId, PolkuUser by) {
        return unit.inTransaction(em -> {
            JobSearchPeriod period = em.find(JobSearchPeriod.class, periodId);
            if (period == null) {
                throw Problem.of(404, "no-period", messages.texts("document.no-period"));
            }
            List<PlanVersion> plans = em.createQuery("SELECT p FROM PlanVersion p WHERE p.periodId = :period ORDER BY p.version DESC", PlanVersion.class)
                    .setParameter("period", periodId).setMaxResults(1).getResultList();
            if (plans.isEmpty()) {
                throw Problem.of(404, "no-plan", messages.texts("document.no-plan"));
            }
            PlanVersion plan = plans.get(0);
            Customer c = em.find(Customer.class, period.customerId());
            String lang = Addressing.language(c);
            byte[] pdf = renderer.pdf(document(lang, c, period, plan));
            Documents.record(em, c.id(), "employment-plan", periodId, plan.version(), lang, "print", pdf, by);
            AuditTrail.record(em, by, c.id(), "document.plan", "version " + plan.version());
            return new Pdf(pdf, messages.text(lang, "document.plan.file") + "-" + plan.version() + ".pdf");
        });
    }

    private Document document(String lang, Customer c, JobSearchPeriod period, PlanVersion plan) {
        String area = organisation.areaNames().get(lang);
        List<String> recipient = Addressing.recipient(c);
        String worker = staff.fullName(plan.createdBy()).orElse(messages.text(lang, "document.plan.staff"));
        Document.SectionBuilder d = Document.builder(lang, messages.text(lang, "document.plan.title"))
                .sender(area, messages.text(lang, "document.plan.authority"))
                .recipient(recipient.toArray(String[]::new))
                .fact(messages.text(lang, "document.plan.date"), DAY.format(FinnishCalendar.today()))
                .fact(messages.text(lang, "document.plan.version"), String.valueOf(plan.version()))
                .fact(messages.text(lang, "document.plan.agreed"), DAY.format(plan.createdAt().atZone(FinnishCalendar.ZONE)))
                .fact(messages.text(lang, "document.plan.job-search-started"), DAY.format(period.startDate()))
                .section(messages.text(lang, "document.plan.obligation"))
                .paragraph(messages.text(lang, "document.plan.applications", plan.applicationsPerMonth()))
                .section(messages.text(lang, "document.plan.services"))
                .paragraph(plan.agreedServices() == null ? messages.text(lang, "document.plan.none") : plan.agreedServices())
                .section(messages.text(lang, "document.plan.contact"))
                .paragraph(messages.text(lang, "console.texts.channels." + plan.contactMethod()));
        if (plan.notes() != null) {
            d.section(messages.text(lang, "document.plan.notes")).paragraph(plan.notes());
        }
        return d.section(messages.text(lang, "document.plan.rights")).paragraph(messages.text(lang, "document.plan.rights-text"))
                .closing(messages.text(lang, "document.plan.signed", worker)).build();
    }
}
