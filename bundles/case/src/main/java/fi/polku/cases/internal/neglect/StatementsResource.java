package fi.polku.cases.internal.neglect;

import fi.polku.api.rest.ListPage;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.lists.Paging;
import fi.polku.cases.internal.process.InputCheck;
import fi.polku.cases.internal.process.ProcessResource;
import fi.polku.cases.internal.process.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /api/v1/labour-policy-statements?from=&to=&sent=}: the decided statements as data, for the benefit payer. */
@Component(service = StatementsResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/labour-policy-statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
public final class StatementsResource {
    private static final int MAX_DAYS = 366;

    private final StatementExport export;

    @Activate
    public StatementsResource(@Reference StatementExport export) {
        this.export = export;
    }

    @GET
    public ListPage<StatementExport.Row> statements(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sent") String sent,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext s) {
        InputCheck check = new InputCheck();
        LocalDate f = check.date("from", from);
        LocalDate t = to == null || to.isBlank() ? LocalDate.now(fi.polku.api.time.FinnishCalendar.ZONE) : check.date("to", to);
        if (sent != null && !sent.isBlank() && !sent.equals("true") && !sent.equals("false")) {
            check.problem("sent", Message.TRUE_OR_FALSE);
        }
        check.done();
        if (t.isAfter(f.plusDays(MAX_DAYS))) {
            throw Refusals.invalid("to", Message.STATEMENTS_SPAN, MAX_DAYS);
        }
        return export.rows(f, t, sent == null || sent.isBlank() ? null : Boolean.valueOf(sent), Paging.of(offset, limit, 100, 1000),
                ProcessResource.user(s));
    }
}
