package fi.polku.web.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import fi.polku.api.i18n.Messages;
import fi.polku.web.internal.problem.ProblemBody;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {
    private static final RequestLimits.Config DEFAULTS = new RequestLimits.Config() {
        @Override public Class<? extends Annotation> annotationType() { return RequestLimits.Config.class; }
        @Override public long maxBodyBytes() { return 65_536; }
        @Override public String[] uploadPaths() { return new String[] {"v1/admin/bundles"}; }
        @Override public long maxUploadBytes() { return 1_000_000; }
    };

    @Test
    void uploadRoutesAndOnlyThoseGetTheUploadLimit() {
        assertEquals(1_000_000, RequestLimits.limitFor(DEFAULTS, "v1/admin/bundles"));
        assertEquals(1_000_000, RequestLimits.limitFor(DEFAULTS, "/v1/admin/bundles/12/start"));
        assertEquals(65_536, RequestLimits.limitFor(DEFAULTS, "v1/admin/bundlesx"));
        assertEquals(65_536, RequestLimits.limitFor(DEFAULTS, "session"));
    }

    @Test
    void controlCharactersAreFoundButTabsAndLineBreaksAreText() {
        assertEquals(-1, ControlCharacters.find("Virtanen\tAino\r\nrivi"));
        assertEquals(4, ControlCharacters.find("Byte\u0000son"));
        assertEquals(0, ControlCharacters.find("\u0007"));
        assertEquals(1, ControlCharacters.find("a\u007f"));
        assertEquals(1, ControlCharacters.find("a\u0085"));
        assertEquals(-1, ControlCharacters.find("Åström – äö €"));
    }

    @Test
    void theAddressIsCheckedByPathAndByQueryParameter() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("q", "virt");
        assertNull(RequestLimits.controlCharacterIn("v1/customers", query));
        assertEquals("control-character-address []", detail(RequestLimits.controlCharacterIn("v1/cust\u0000omers", query)).get("detail"));
        query.add("municipality", "285\u0000");
        Map<String, Object> body = detail(RequestLimits.controlCharacterIn("v1/customers", query));
        assertEquals("control-character-query [municipality]", body.get("detail"));
        assertEquals(Map.of("municipality", "field.control-character []"), body.get("fields"));
        assertEquals(400, body.get("status"));
    }

    /** The body as the language filter would write it, with a catalogue that answers each key with itself and its arguments. */
    private static Map<String, Object> detail(jakarta.ws.rs.core.Response r) {
        Messages keys = new Messages() {
            @Override
            public String text(String language, String key, Object... args) {
                return key + " " + java.util.Arrays.toString(args);
            }

            @Override
            public Map<String, String> texts(String key, Object... args) {
                return Map.of("en", text("en", key, args));
            }

            @Override
            public java.util.Set<String> keys() {
                return java.util.Set.of();
            }
        };
        return ((ProblemBody) r.getEntity()).in("en", keys);
    }

    @Test
    void aStreamIsCutOffOneBytePastItsLimit() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100)) {
            assertEquals(100, in.readAllBytes().length);
        }
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100)) {
            BodyTooLargeException e = assertThrows(BodyTooLargeException.class, in::readAllBytes);
            assertEquals(100, e.limit());
        }
    }
}
