package fi.polku.exports.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code POST /api/v1/exports/table.xlsx}: the table a signed-in user sees (a list, a dashboard's
 * figures), sent as the console shows it, back as a spreadsheet file. It reads no data of its own:
 * the reads that filled the table were audited as they were made; this only changes its form.
 */
@Component(service = ExportResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/exports")
public final class ExportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 100;
    /** Excel's own limit of a cell's text. */
    static final int MAX_CELL = 32_767;

    private final Messages messages;

    @Activate
    public ExportResource(@Reference Messages messages) {
        this.messages = messages;
    }

    @POST
    @Path("table.xlsx")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({XLSX, "application/problem+json"})
    public Response xlsx(Table table, @Context SecurityContext security) {
        Caller.require(security.getUserPrincipal());
        check(table);
        StreamingOutput body = out -> Spreadsheet.write(table, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"polku.xlsx\"").build();
    }

    private void check(Table table) {
        if (table == null || table.headers() == null || table.headers().isEmpty() || table.rows() == null) {
            throw Problem.invalid().field("headers", messages.texts("exports.table-required")).build();
        }
        if (table.headers().size() > MAX_COLUMNS) {
            throw Problem.invalid().field("headers", messages.texts("exports.too-many-columns", MAX_COLUMNS)).build();
        }
        if (table.rows().size() > MAX_ROWS) {
            throw Problem.invalid().field("rows", messages.texts("exports.too-many-rows", table.rows().size(), MAX_ROWS)).build();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            if (row == null || row.size() > table.headers().size()) {
                throw Problem.invalid().field("rows[" + r + "]", messages.texts("exports.row-wider", r + 1, table.headers().size())).build();
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number) && !(cell instanceof Boolean)) {
                    throw Problem.invalid().field("rows[" + r + "]", messages.texts("exports.cell-kind", r + 1)).build();
                }
                if (cell instanceof String s && s.length() > MAX_CELL) {
                    throw Problem.invalid().field("rows[" + r + "]", messages.texts("exports.cell-too-long", r + 1, MAX_CELL)).build();
                }
            }
        }
    }
}
