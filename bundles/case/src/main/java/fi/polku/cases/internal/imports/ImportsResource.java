package fi.polku.cases.internal.imports;

import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.i18n.Language;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/admin/imports}: an IT admin imports job seekers from a CSV file
 * ({@code POST ?file=name.csv} with the file as the body, answered at once, 202, while the rows go
 * in), follows its progress ({@code GET {id}}) and takes the report of rejected rows in their own
 * language ({@code GET {id}/rejections}, JSON or, with {@code .csv}, a file for a spreadsheet).
 */
@Component(service = ImportsResource.class)
@JakartarsResource
@SecuredResource
@Path("v1/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class ImportsResource {
    private final Imports imports;
    private final fi.polku.api.i18n.Messages messages;

    @Activate
    public ImportsResource(@Reference Imports imports, @Reference fi.polku.api.i18n.Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public Response submit(InputStream body, @QueryParam("file") String file, @Context SecurityContext s) throws IOException {
        PolkuUser admin = admin(s); // before a byte of the body is read
        // Bounded by the platform's upload limit (fi.polku.web.limits): a larger body is a 413.
        byte[] content = body == null ? new byte[0] : body.readAllBytes();
        if (content.length == 0) {
            throw Refusals.invalid("file", Message.IMPORT_BODY);
        }
        Imports.Job job = imports.submit(content, file, admin);
        return Response.accepted(job).location(URI.create("v1/admin/imports/" + job.id())).build();
    }

    /** The latest imports, the newest first. */
    @GET
    public List<Imports.Job> latest(@Context SecurityContext s) {
        admin(s);
        return imports.latest(20);
    }

    @GET
    @Path("{id}")
    public Imports.Job job(@PathParam("id") String id, @Context SecurityContext s) {
        admin(s);
        return imports.job(uuid(id)).orElseThrow(() -> Refusals.notFound(Message.IMPORT_NOT_FOUND, id));
    }

    @GET
    @Path("{id}/rejections")
    public List<Imports.Rejection> rejections(@PathParam("id") String id, @HeaderParam("Accept-Language") String language,
            @Context SecurityContext s) {
        admin(s);
        UUID job = existing(id);
        return imports.rejections(job, Language.fromAcceptLanguage(language));
    }

    /** The rejected rows as a CSV file (UTF-8 with a byte order mark, {@code ;} between fields, as spreadsheets in Finland open it). */
    @GET
    @Path("{id}/rejections.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response rejectionsCsv(@PathParam("id") String id, @HeaderParam("Accept-Language") String language,
            @Context SecurityContext s) {
        admin(s);
        UUID job = existing(id);
        Language in = Language.fromAcceptLanguage(language);
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(messages.text(in.tag(), "console.imports.line"), messages.text(in.tag(), "console.imports.column"),
                    messages.text(in.tag(), "console.imports.reason"));
            for (Imports.Rejection r : imports.rejections(job, in)) {
                csv.printRecord(r.line(), r.column(), r.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"polku-import-" + job + ".csv\"")
                .header("Content-Language", in.tag()).build();
    }

    private UUID existing(String id) {
        UUID job = uuid(id);
        if (imports.job(job).isEmpty()) {
            throw Refusals.notFound(Message.IMPORT_NOT_FOUND, id);
        }
        return job;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusals.notFound(Message.IMPORT_NOT_FOUND, id);
        }
    }

    private static PolkuUser admin(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
    }
}
