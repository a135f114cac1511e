package fi.polku.web.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.polku.web.internal.limits.ControlCharacters;
import java.io.IOException;

/**
 * Every text value of every request body is checked as it is read: a control character (a NUL
 * byte above all, which PostgreSQL refuses) is a 400 naming the field, before any resource or
 * database sees it.
 */
final class SafeStrings extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    /** The refusal; Jackson adds the field's path as it unwinds. */
    static final class ControlCharacterException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        ControlCharacterException(JsonParser p) {
            super(p, "control character in a text value", String.class);
        }
    }

    private SafeStrings() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("polku-safe-strings").addDeserializer(String.class, new SafeStrings());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String s = StringDeserializer.instance.deserialize(p, ctxt);
        if (s != null && ControlCharacters.find(s) >= 0) {
            throw new ControlCharacterException(p);
        }
        return s;
    }
}
