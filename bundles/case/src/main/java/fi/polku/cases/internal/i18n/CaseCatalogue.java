package fi.polku.cases.internal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The case bundle's own catalogue, read once from the bundle: the same files the platform's
 * {@code Messages} service reads for other bundles. The core reads them itself because its
 * {@link Message} constants are used in static validation code, and a unit test runs it without
 * a framework.
 */
final class CaseCatalogue {
    private static final Map<Language, Properties> TEXTS = load();

    private CaseCatalogue() {}

    static String template(Language language, String key) {
        String text = TEXTS.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("The case bundle's catalogue has no '" + key + "' in " + language.tag());
        }
        return text;
    }

    private static Map<Language, Properties> load() {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String path = "/OSGI-INF/l10n/messages_" + language.tag() + ".properties";
            try (InputStream in = CaseCatalogue.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("The case bundle lacks " + path);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts.put(language, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
