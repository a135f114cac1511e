package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The module's own catalogue read from the class path, for tests without a framework: what the
 * platform's {@code Messages} service gives the bundle at run time (the same files, the same
 * plain placeholder replacement; dates are ISO here).
 */
final class CatalogueMessages implements Messages {
    static final CatalogueMessages INSTANCE = new CatalogueMessages();

    private final Map<String, Properties> texts = new TreeMap<>();

    private CatalogueMessages() {
        for (String language : Texts.REQUIRED) {
            try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/l10n/messages_" + language + ".properties")) {
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts.put(language, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String text(String language, String key, Object... args) {
        String text = texts.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text '" + key + "' in " + language);
        }
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            @SuppressWarnings("unchecked")
            String value = a instanceof Map<?, ?> m ? Texts.in((Map<String, String>) m, language)
                    : a instanceof LocalDate d ? d.toString() : String.valueOf(a);
            text = text.replace("{" + i + "}", value);
        }
        return text;
    }

    @Override
    public Map<String, String> texts(String key, Object... args) {
        Map<String, String> all = new TreeMap<>();
        texts.keySet().forEach(language -> all.put(language, text(language, key, args)));
        return all;
    }

    @Override
    public Set<String> keys() {
        return texts.get("fi").stringPropertyNames();
    }

    /** A reason's English text. */
    static String en(Reason r) {
        return r.texts(INSTANCE).get("en");
    }
}
