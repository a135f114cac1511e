package fi.polku.cases.internal.document;

import fi.polku.api.document.Document;
import fi.polku.api.document.DocumentRenderer;
import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.StaffDirectory;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.audit.AuditTrail;
import fi.polku.cases.internal.customer.Customer;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.neglect.Neglects;
import fi.polku.cases.internal.process.Refusals;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The labour-policy statement (työvoimapoliittinen lausunto, Act 1290/2002 chapter 11 4 §) on a
 * decided neglect, as the customer gets it and the benefit payer reads it: what happened, the
 * hearing, the decision with its reasoning and consequence, the rules applied (by the day they
 * came into force), and how to seek a change. In the customer's language, as a tagged PDF, kept
 * in the customer's document list. Never the identity code (the payer gets the statement's data
 * through the export, {@code /api/v1/labour-policy-statements}).
 */
@Component(service = StatementDocument.class)
public final class StatementDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    public record Pdf(byte[] bytes, String fileName) {}

    private final PersistenceUnit unit;
    private final Messages messages;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final DocumentRenderer renderer;
    private final RuleSets ruleSets;

    @Activate
    public StatementDocument(@Reference CaseDatabase database, @Reference Messages messages, @Reference Organisation organisation,
            @Reference StaffDirectory staff, @Reference DocumentRenderer renderer, @Reference RuleSets ruleSets) {
        this.unit = database.unit();
        this.messages = messages;
        this.organisation = organisation;
        this.staff = staff;
        this.renderer = renderer;
        this.ruleSets = ruleSets;
    }

    public Pdf statement(UUID neglectId, PolkuUser by) {
        return unit.inTransaction(em -> {
            Neglects.View n = Neglects.view(em, neglectId);
            if (n.state().equals("hearing")) {
                throw Refusals.conflict(Message.NEGLECT_NOT_DECIDED);
            }
            Customer c = em.find(Customer.class, n.customerId());
            String lang = Addressing.language(c);
            byte[] pdf = renderer.pdf(document(lang, c, n));
            Documents.record(em, c.id(), "labour-policy-statement", n.id(), null, lang, "print", pdf, by);
            AuditTrail.record(em, by, c.id(), "document.statement", "neglect " + n.id());
            return new Pdf(pdf, messages.text(lang, "document.statement.file") + "-" + n.occurredOn() + ".pdf");
        });
    }

    private Document document(String lang, Customer c, Neglects.View n) {
        Neglects.Consequence q = n.consequence();
        String worker = staff.fullName(n.decidedBy()).orElse(messages.text(lang, "document.plan.staff"));
        Document.SectionBuilder d = Document.builder(lang, messages.text(lang, "document.statement.title"))
                .sender(organisation.areaNames().get(lang), messages.text(lang, "document.plan.authority"))
                .recipient(Addressing.recipient(c).toArray(String[]::new))
                .fact(messages.text(lang, "document.plan.date"), DAY.format(FinnishCalendar.today()))
                .fact(messages.text(lang, "document.statement.payer"), payer(lang, n))
                .section(messages.text(lang, "document.statement.matter"))
                .paragraph(messages.text(lang, "document.statement.what", messages.text(lang, "console.texts.neglect-kinds." + n.kind()),
                        DAY.format(n.occurredOn())));
        if (n.description() != null) {
            d.paragraph(n.description());
        }
        d.section(messages.text(lang, "document.statement.hearing"))
                .paragraph(messages.text(lang, "document.statement.asked", DAY.format(n.hearingDeadline())));
        if (n.explanationReceivedOn() != null) {
            d.paragraph(messages.text(lang, "document.statement.explained", DAY.format(n.explanationReceivedOn()))).paragraph(n.explanation());
        } else {
            d.paragraph(messages.text(lang, "document.statement.no-explanation"));
        }
        d.section(messages.text(lang, "document.statement.decision"));
        if (n.state().equals("valid-reason")) {
            d.paragraph(messages.text(lang, "document.statement.valid-reason"));
        } else {
            d.paragraph(messages.text(lang, "document.statement.neglect", q.ordinal()));
            if (q.reminder()) {
                d.paragraph(messages.text(lang, "document.statement.reminder"));
            }
            if (q.benefitLossDays() > 0) {
                d.paragraph(messages.text(lang, "document.statement.days", q.benefitLossDays()));
            }
            if (q.employmentRequirementWeeks() > 0) {
                d.paragraph(messages.text(lang, "document.statement.requirement", q.employmentRequirementWeeks()));
            }
            if (q.jobSearchEnds()) {
                d.paragraph(messages.text(lang, "document.statement.ends", DAY.format(n.occurredOn())));
            }
        }
        d.section(messages.text(lang, "document.statement.reasoning")).paragraph(n.reasoning());
        String inForce = ruleSets.all().stream().filter(r -> r.id().equals(q.ruleSet())).findFirst().map(RuleSet::effectiveFrom)
                .map(DAY::format).orElse("-");
        d.section(messages.text(lang, "document.statement.basis"))
                .paragraph(messages.text(lang, q.jobSearchEnds() && n.state().equals("neglect") ? "document.statement.basis-ends" : "document.statement.basis-text"))
                .paragraph(messages.text(lang, "document.statement.in-force", inForce));
        return d.section(messages.text(lang, "document.statement.appeal")).paragraph(messages.text(lang, "document.statement.appeal-text"))
                .closing(messages.text(lang, "document.statement.signed", worker)).build();
    }

    private String payer(String lang, Neglects.View n) {
        if (n.statement() == null) {
            return messages.text(lang, "document.statement.payer-unsent");
        }
        return n.statement().recipient().equals("kela") ? messages.text(lang, "document.statement.kela") : n.statement().fund();
    }
}
