package fi.polku.guidance.internal.study;

import fi.polku.api.document.Document;
import fi.polku.api.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The decision as the customer receives it, in the decision's language: the outcome and the
 * supported period, the study, the reasons (the caseworker's two findings and words), the acts
 * applied, and the instructions for a request for rectification with its time limit from the
 * rules in force on the decision's day.
 */
final class DecisionDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private DecisionDocument() {}

    static Document of(StudyDecisions.DecisionView d, StudyRules.Conditions law, String firstName, String lastName, String identityCode,
            DecisionAuthority authority, Messages messages) {
        String l = d.language();
        StudyDecisions.Study s = d.study();
        Document.Builder doc = Document.builder(l, messages.text(l, "doc.title"))
                .sender(authority.authority().toArray(String[]::new))
                .recipient(firstName + " " + lastName, messages.text(l, "doc.identity-code", identityCode))
                .fact(messages.text(l, "doc.number"), d.number())
                .fact(messages.text(l, "doc.decided-on"), day(d.decidedOn()))
                .fact(messages.text(l, "doc.decider"), d.deciderName());
        Document.SectionBuilder body = doc.section(messages.text(l, "doc.decision"))
                .paragraph(d.outcome().equals("supported")
                        ? messages.text(l, "doc.supported", day(d.supportedFrom()), day(d.supportedUntil()))
                        : messages.text(l, "doc.not-supported"));
        if (d.outcome().equals("supported") && d.supportedUntil().isBefore(s.end())) {
            body.paragraph(messages.text(l, "doc.limited", law.maximumMonths().value()));
        }
        body.section(messages.text(l, "doc.study"))
                .fact(messages.text(l, "doc.institution"), s.institution())
                .fact(messages.text(l, "doc.qualification"), s.qualification())
                .fact(messages.text(l, "doc.kind"), messages.text(l, "kind." + s.kind()))
                .fact(messages.text(l, "doc.full-time"), messages.text(l, s.fullTime() ? "doc.yes" : "doc.no"))
                .fact(messages.text(l, "doc.period"), day(s.start()) + "–" + day(s.end()))
            .section(messages.text(l, "doc.reasons"))
                .paragraph(messages.text(l, d.improvesProspects() ? "doc.improves" : "doc.not-improves"))
                .paragraph(messages.text(l, d.mostAppropriate() ? "doc.appropriate" : "doc.not-appropriate"))
                .paragraph(d.reasoning())
            .section(messages.text(l, "doc.applied"))
                .paragraph(String.join("\n", acts(law)))
            .section(messages.text(l, "doc.rectification"))
                .paragraph(messages.text(l, "doc.rectification.who"))
                .paragraph(messages.text(l, "doc.rectification.time", law.rectificationDays().value(),
                        law.rectificationDays().source().acts()))
                .paragraph(messages.text(l, "doc.rectification.content"))
                .paragraph(messages.text(l, "doc.rectification.to") + "\n" + String.join("\n", authority.rectificationTo()))
            .closing(messages.text(l, "doc.contact", d.deciderName()));
        return doc.build();
    }

    /** The acts the applied conditions come from, each once. */
    private static Set<String> acts(StudyRules.Conditions law) {
        Set<String> acts = new LinkedHashSet<>();
        acts.add(law.assessment().acts());
        acts.add(law.minimumAge().source().acts());
        acts.add(law.studyKinds().source().acts());
        acts.add(law.fullTimeOnly().source().acts());
        acts.add(law.decisionBeforeStart().source().acts());
        acts.add(law.maximumMonths().source().acts());
        acts.add(law.rectificationDays().source().acts());
        return acts;
    }

    static String day(LocalDate d) {
        return d.format(DAY);
    }
}
