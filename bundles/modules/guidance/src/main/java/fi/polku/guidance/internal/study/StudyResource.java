package fi.polku.guidance.internal.study;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.document.DocumentRenderer;
import fi.polku.api.i18n.Messages;
import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.module.ReferralDetails;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/self-motivated-study}: the decisions on self-motivated study with unemployment
 * benefit, their PDF in the decision's language, and the statements for the benefit payer (Kela
 * or an unemployment fund), which alone carry the identity code; every read of a person audited.
 */
@Component(service = StudyResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/self-motivated-study")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class StudyResource {
    /** A statement's format, for the benefit payer's import. */
    static final String STATEMENT_SCHEMA = "polku.self-motivated-study.statement/1";
    private static final int MAX_STATEMENTS = 1000;

    /** What the benefit payer needs of a decision, and nothing of its reasons. */
    public record Statement(String schema, String decisionNumber, LocalDate decidedOn, String identityCode, String outcome,
            LocalDate supportedFrom, LocalDate supportedUntil, StudyDecisions.Study study, List<String> authority, String authorityBusinessId,
            List<String> legalBasis) {}

    private final StudyDecisions decisions;
    private final StudyRules rules;
    private final ModuleReferrals referrals;
    private final DocumentRenderer renderer;
    private final DecisionAuthority authority;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public StudyResource(@Reference StudyDecisions decisions, @Reference StudyRules rules, @Reference ModuleReferrals referrals,
            @Reference DocumentRenderer renderer, @Reference DecisionAuthority authority, @Reference AuditLog audit,
            @Reference Messages messages) {
        this.decisions = decisions;
        this.rules = rules;
        this.referrals = referrals;
        this.renderer = renderer;
        this.authority = authority;
        this.audit = audit;
        this.messages = messages;
    }

    /** The conditions by the day they come into force, each with its source and whether it was verified. */
    @GET
    @Path("rules")
    public List<StudyRules.Conditions> rules(@Context SecurityContext s) {
        staff(s);
        return rules.all();
    }

    @GET
    @Path("cases")
    public List<StudyDecisions.CaseView> cases(@QueryParam("referral") List<String> ids, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (ids.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("input.too-many", 100)).build();
        }
        List<StudyDecisions.CaseView> found = decisions.cases(ids.stream().map(this::referralId).toList());
        found.forEach(c -> audit.record(user, null, "self-motivated-study.read", "referral " + c.referralId()));
        return found;
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(StudyDecisions.NewDecision in, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        if (in == null) {
            throw Problem.invalid().field("referralId", messages.texts("input.id")).build();
        }
        StudyDecisions.DecisionView v = decisions.decide(in, user);
        audit.record(user, null, "self-motivated-study.decision", "referral " + v.referralId() + " decision " + v.number() + " " + v.outcome());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    /** The decision as a PDF in its language, to print or send to the customer. */
    @GET
    @Path("decisions/{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        StudyDecisions.DecisionView d = found(id);
        ReferralDetails person = referrals.details(d.referralId(), user, "self-motivated study decision document")
                .orElseThrow(() -> Problem.of(404, "no-referral", messages.texts("referral.none")));
        String code = identityCode(d, user, "self-motivated study decision document");
        byte[] pdf = renderer.pdf(DecisionDocument.of(d, law(d), person.firstName(), person.lastName(), code, authority, messages));
        audit.record(user, null, "self-motivated-study.document", "referral " + d.referralId() + " decision " + d.number());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + messages.text(d.language(), "doc.file") + "-" + d.number() + ".pdf\"")
                .build();
    }

    /** The statement on one decision for the benefit payer. */
    @GET
    @Path("decisions/{id}/statement")
    public Statement statement(@PathParam("id") String id, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        StudyDecisions.DecisionView d = found(id);
        Statement st = statementOf(d, user);
        audit.record(user, null, "self-motivated-study.statement", "referral " + d.referralId() + " decision " + d.number());
        return st;
    }

    /** The statements on the decisions made between two days (at most a year, at most 1,000), for the benefit payer's import. */
    @GET
    @Path("statements")
    public List<Statement> statements(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext s) {
        PolkuUser user = staff(s);
        FieldCheck check = new FieldCheck(messages);
        LocalDate first = check.day("from", from);
        LocalDate last = check.day("to", to);
        if (first != null && last != null && (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > 366)) {
            check.fail("to", "statements.range");
        }
        check.done();
        List<StudyDecisions.DecisionView> found = decisions.decidedBetween(first, last, MAX_STATEMENTS + 1);
        if (found.size() > MAX_STATEMENTS) {
            throw Problem.invalid().field("to", messages.texts("statements.too-many", MAX_STATEMENTS)).build();
        }
        return found.stream().map(d -> {
            Statement st = statementOf(d, user);
            audit.record(user, null, "self-motivated-study.statement", "referral " + d.referralId() + " decision " + d.number());
            return st;
        }).toList();
    }

    private Statement statementOf(StudyDecisions.DecisionView d, PolkuUser user) {
        StudyRules.Conditions law = law(d);
        return new Statement(STATEMENT_SCHEMA, d.number(), d.decidedOn(), identityCode(d, user, "self-motivated study statement to the benefit payer"),
                d.outcome(), d.supportedFrom(), d.supportedUntil(), d.study(), authority.authority(), authority.businessId(),
                List.of(law.assessment().source(), law.minimumAge().source().source(), law.fullTimeOnly().source().source(),
                        law.maximumMonths().source().source()));
    }

    private String identityCode(StudyDecisions.DecisionView d, PolkuUser user, String purpose) {
        return referrals.identityCode(d.referralId(), user, purpose)
                .orElseThrow(() -> Problem.of(404, "no-referral", messages.texts("referral.none")));
    }

    /** The rules the decision was made under (the version in force on its day). */
    private StudyRules.Conditions law(StudyDecisions.DecisionView d) {
        return rules.on(d.decidedOn()).orElseThrow(() -> Problem.of(409, "no-rules", messages.texts("rule.none", d.decidedOn())));
    }

    private StudyDecisions.DecisionView found(String id) {
        return decisions.decision(uuid(id)).orElseThrow(() -> Problem.of(404, "no-decision", messages.texts("decision.none")));
    }

    private UUID referralId(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field("referral", messages.texts("input.id")).build();
        }
    }

    private static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }

    private UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, "no-decision", messages.texts("decision.none"));
        }
    }
}
