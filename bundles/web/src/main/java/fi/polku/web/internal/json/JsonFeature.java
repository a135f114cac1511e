package fi.polku.web.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * JSON for every Polku resource: Jackson with ISO-8601 dates. Unknown fields in a request body
 * are refused, so a misspelt field is a 400 that names it, not a value silently dropped.
 * Text values are checked as they are read ({@link SafeStrings}) and bounded in length.
 * Resources declare their need with {@code @SecuredResource} (which selects it) or {@code @JSONRequired}.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("polku.json")
@JakartarsMediaType(MediaType.APPLICATION_JSON)
public final class JsonFeature implements Feature {

    /** No text field of Polku is longer; a longer value is refused before it is held in memory. */
    static final int MAX_STRING_LENGTH = 20_000;

    static ObjectMapper mapper() {
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(32).build())
                .build();
        return new ObjectMapper(json)
                .registerModule(new JavaTimeModule())
                .registerModule(SafeStrings.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new JacksonJsonProvider(mapper()));
        return true;
    }
}
