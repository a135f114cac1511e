package fi.polku.subsidies.internal;

import fi.polku.api.customer.Addressee;
import fi.polku.api.document.Document;
import fi.polku.api.i18n.Messages;
import fi.polku.api.time.FinnishCalendar;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A subsidy decision as its recipient reads it: to the employer for the kinds paid to an employer
 * (the employee named), to the customer for the others; the outcome, the amount and the period,
 * the reasons, and the instructions for requesting rectification. Never the identity code.
 */
final class DecisionDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    private DecisionDocument() {
    }

    /** The configured authority: area name, sender lines, where rectification is requested and its days and source. */
    record Authority(String area, List<String> rectificationTo, int rectificationDays, String rectificationAct) {}

    static Document of(String l, Application a, Decision d, Addressee person, String decidedBy, Authority authority, Messages m) {
        boolean toEmployer = a.kind().toEmployer();
        List<String> recipient = new ArrayList<>();
        if (toEmployer) {
            recipient.add(a.employerName());
            recipient.add(m.text(l, "doc.business-id", a.employerBusinessId()));
        } else {
            recipient.add(person.fullName());
            recipient.addAll(person.address());
        }
        Document.SectionBuilder doc = Document.builder(l, m.text(l, "doc.title", m.text(l, "console.texts.kinds." + a.kind().id())))
                .sender(authority.area(), m.text(l, "doc.authority"))
                .recipient(recipient.toArray(String[]::new))
                .fact(m.text(l, "doc.date"), DAY.format(d.decidedAt().atZone(FinnishCalendar.ZONE)))
                .fact(m.text(l, "doc.kind"), m.text(l, "console.texts.kinds." + a.kind().id()))
                .fact(m.text(l, "doc.person"), person.fullName())
                .fact(m.text(l, "doc.outcome"), m.text(l, "doc.outcome." + d.outcome()))
                .fact(m.text(l, "doc.amount"), d.outcome().equals("refused") ? "–" : Money.format(d.grantedCents()) + " €")
                .fact(m.text(l, "doc.period"), DAY.format(a.startDate()) + " – " + DAY.format(a.startDate().plusMonths(a.months()).minusDays(1))
                        + " (" + m.text(l, "doc.months", a.months()) + ")")
                .section(m.text(l, "doc.reasons")).paragraph(d.reasons());
        doc.section(m.text(l, "doc.rectification"))
                .paragraph(m.text(l, "doc.rectification.who"))
                .paragraph(m.text(l, "doc.rectification.time", authority.rectificationDays(), authority.rectificationAct()))
                .paragraph(m.text(l, "doc.rectification.content"))
                .paragraph(m.text(l, "doc.rectification.to") + "\n" + String.join("\n", authority.rectificationTo()));
        return doc.closing(m.text(l, "doc.decided-by", decidedBy)).build();
    }
}
