package fi.polku.cases.internal.forecast;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.rules.DraftRuleSets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/v1/forecast/workload?weeks=12}: per unit and week, the hours the statutory tasks
 * due take against the hours the unit has, for unit leads and IT admins. Counts only: no person.
 * With {@code ruleSet=<id>} of a draft rule set: the what-if, the same caseload under the draft
 * beside the rules in force.
 */
@Component(service = WorkloadResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/forecast/workload")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.UNIT_LEAD, Role.Ids.IT_ADMIN})
public final class WorkloadResource {
    private final Workload workload;
    private final DraftRuleSets drafts;

    @Activate
    public WorkloadResource(@Reference Workload workload, @Reference DraftRuleSets drafts) {
        this.workload = workload;
        this.drafts = drafts;
    }

    @GET
    public Workload.Forecast forecast(@QueryParam("weeks") String weeks, @QueryParam("ruleSet") String ruleSet,
            @Context SecurityContext security) {
        Caller.require(security.getUserPrincipal(), Role.UNIT_LEAD, Role.IT_ADMIN);
        int n;
        try {
            n = weeks == null || weeks.isBlank() ? 12 : Integer.parseInt(weeks.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 26) {
            throw Refusals.invalid("weeks", Message.WEEKS_RANGE, 26);
        }
        if (ruleSet == null || ruleSet.isBlank()) {
            return workload.forecast(n);
        }
        String id = ruleSet.trim();
        var draft = drafts.byId(id).orElseThrow(() -> Refusals.invalid("ruleSet", Message.RULESET_NOT_A_DRAFT, id,
                drafts.all().isEmpty() ? "-" : String.join(", ", drafts.all().stream().map(r -> r.id()).toList())));
        return workload.whatIf(n, draft);
    }
}
