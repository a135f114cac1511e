package fi.polku.web.internal.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 description of what is installed now, merged from
 * every bundle's fragment ({@link OpenApiDocument}); open without login like the health check.
 * {@code /api/openapi.yaml} answers the same document, as JSON is YAML too.
 */
@Component(service = OpenApiResource.class)
@JakartarsResource
@Path("openapi.json")
public final class OpenApiResource {
    private final OpenApiDocument document;

    @Activate
    public OpenApiResource(@Reference OpenApiDocument document) {
        this.document = document;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return document.json();
    }

    /** {@code GET /api/openapi.yaml}, where earlier versions served it: the same document (JSON is YAML). */
    @Component(service = Yaml.class)
    @JakartarsResource
    @Path("openapi.yaml")
    public static final class Yaml {
        private final OpenApiDocument document;

        @Activate
        public Yaml(@Reference OpenApiDocument document) {
            this.document = document;
        }

        @GET
        @Produces("application/yaml")
        public String get() {
            return document.json();
        }
    }
}
