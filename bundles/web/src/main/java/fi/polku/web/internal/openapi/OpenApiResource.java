package fi.polku.web.internal.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/openapi.yaml}: the API's OpenAPI 3 description, open without login like the health check. */
@Component(service = OpenApiResource.class)
@JakartarsResource
@Path("openapi.yaml")
public final class OpenApiResource {
    private final String document;

    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/openapi.yaml")) {
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces("application/yaml")
    public String get() {
        return document;
    }
}
