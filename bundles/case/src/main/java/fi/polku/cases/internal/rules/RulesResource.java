package fi.polku.cases.internal.rules;

import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.rules.RuleParameter;
import fi.polku.api.rules.RuleSet;
import fi.polku.api.rules.RuleSets;
import fi.polku.api.rules.RuledStep;
import fi.polku.api.rules.ScheduledStep;
import fi.polku.api.security.Caller;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/rules}: the installed rule sets with their parameters and sources, and the
 * schedule explainer: every statutory date a job search starting on a given day implies, each
 * judged by the rule set in force on its day, with the versions used named.
 */
@Component(service = RulesResource.class)
@JakartarsResource
// Served only while the authentication filter and the role checks are in place: never unguarded.
@SecuredResource
@Path("v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public final class RulesResource {
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final RuleSets ruleSets;
    private final DraftRuleSets drafts;

    @Activate
    public RulesResource(@Reference RuleSets ruleSets, @Reference DraftRuleSets drafts) {
        this.ruleSets = ruleSets;
        this.drafts = drafts;
    }

    @GET
    public List<Map<String, Object>> ruleSets(@Context SecurityContext security) {
        Caller.require(security.getUserPrincipal());
        return ruleSets.all().stream().map(RulesResource::describe).toList();
    }

    /** The candidates installed as drafts: never in force, read by the what-if forecast. */
    @GET
    @Path("drafts")
    public List<Map<String, Object>> drafts(@Context SecurityContext security) {
        Caller.require(security.getUserPrincipal());
        return drafts.all().stream().map(RulesResource::describe).toList();
    }

    @GET
    @Path("schedule")
    public Map<String, Object> schedule(@QueryParam("start") String start, @Context SecurityContext security) {
        Caller.require(security.getUserPrincipal());
        LocalDate date = parseStart(start);
        RuleSet rules = ruleSets.forStart(date).orElseThrow(() -> Refusals.notFound(Message.RULES_NONE_FOR, date,
                ruleSets.all().isEmpty() ? "-" : String.join(", ", ruleSets.all().stream().map(r -> r.id() + " (" + r.effectiveFrom() + ")").toList())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleSet", rules.id());
        out.put("ruleSetTitle", rules.title());
        out.put("effectiveFrom", rules.effectiveFrom().toString());
        out.put("start", date.toString());
        // Each step by the version in force on its day; the versions used are named, the start's first.
        List<RuledStep> steps = ruleSets.schedule(date, null);
        List<String> used = new java.util.ArrayList<>(List.of(rules.id()));
        steps.stream().map(RuledStep::ruleSet).filter(id -> !used.contains(id)).forEach(used::add);
        out.put("ruleSets", used.stream().map(id -> ruleSets.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow())
                .map(r -> Map.of("id", r.id(), "title", r.title(), "effectiveFrom", r.effectiveFrom().toString())).toList());
        out.put("steps", steps.stream().map(s -> {
            Map<String, Object> m = step(s.step());
            m.put("ruleSet", s.ruleSet());
            return m;
        }).toList());
        return out;
    }

    static LocalDate parseStart(String start) {
        if (start == null || start.isBlank()) {
            throw Refusals.invalid("start", Message.RULES_START_REQUIRED);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(start.trim());
        } catch (DateTimeParseException e) {
            throw Refusals.invalid("start", Message.NOT_A_DATE, start);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw Refusals.invalid("start", Message.RULES_START_RANGE, EARLIEST, LATEST, date);
        }
        return date;
    }

    private static Map<String, Object> step(ScheduledStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        if (s.due() != null) {
            m.put("due", s.due().toString());
        } else {
            m.put("from", s.from().toString());
            m.put("to", s.to().toString());
        }
        m.put("rule", s.rule());
        m.put("source", s.source().toString());
        return m;
    }

    private static Map<String, Object> describe(RuleSet r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("effectiveFrom", r.effectiveFrom().toString());
        m.put("parameters", r.parameters().stream().map(RulesResource::parameter).toList());
        return m;
    }

    private static Map<String, Object> parameter(RuleParameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("value", p.value());
        m.put("unit", p.unit());
        m.put("source", p.source().toString());
        return m;
    }
}
