package fi.polku.i18n.internal;

import fi.polku.api.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bundle's texts: language tag to key to text, read from {@code messages_<tag>.properties}
 * in UTF-8. Immutable; {@link #problems()} says what a translator has left out.
 */
public final class Catalogue {
    /** The file name of a catalogue, the OSGi l10n way; group 1 is the language tag. */
    public static final Pattern FILE = Pattern.compile("messages_([a-z]{2,3})\\.properties");
    static final List<String> REQUIRED = List.of("fi", "sv", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Map<String, Map<String, String>> texts;

    private Catalogue(Map<String, Map<String, String>> texts) {
        this.texts = texts;
    }

    public static Catalogue empty() {
        return new Catalogue(Map.of());
    }

    /** Reads the files given by language tag. */
    public static Catalogue read(Map<String, ? extends Source> files) throws IOException {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        for (Map.Entry<String, ? extends Source> f : files.entrySet()) {
            Properties p = new Properties();
            try (InputStream in = f.getValue().open(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> one = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> one.put(k, p.getProperty(k)));
            texts.put(f.getKey(), Collections.unmodifiableMap(one));
        }
        return new Catalogue(Collections.unmodifiableMap(texts));
    }

    /** Where a catalogue file is read from. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public Set<String> languages() {
        return texts.keySet();
    }

    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        texts.values().forEach(m -> keys.addAll(m.keySet()));
        return keys;
    }

    /**
     * The text in the language asked for, else Finnish, else English, with placeholders filled in.
     *
     * @throws IllegalArgumentException when no language has the key
     */
    public String text(String language, String key, Object... args) {
        String primary = language == null ? "fi" : language.split("-", 2)[0].toLowerCase(Locale.ROOT);
        for (String tag : List.of(primary, "fi", "en")) {
            Map<String, String> m = texts.get(tag);
            if (m != null && m.containsKey(key)) {
                return fill(m.get(key), localized(primary, args));
            }
        }
        throw new IllegalArgumentException("No text '" + key + "' in the catalogue (languages " + texts.keySet() + ")");
    }

    /** The text in every language of the catalogue. */
    public Map<String, String> texts(String key, Object... args) {
        if (!keys().contains(key)) {
            throw new IllegalArgumentException("No text '" + key + "' in the catalogue (languages " + texts.keySet() + ")");
        }
        Map<String, String> all = new TreeMap<>();
        for (String language : texts.keySet()) {
            all.put(language, text(language, key, args));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * What is wrong with the catalogue: a language of fi, sv, en missing, a key that one language
     * has and another lacks, a blank text, or placeholders that differ between languages. Empty
     * when it is whole.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String language : REQUIRED) {
            if (!texts.containsKey(language)) {
                problems.add("no messages_" + language + ".properties");
            }
        }
        for (String key : keys()) {
            Set<String> reference = null;
            String referenceLanguage = null;
            for (String language : texts.keySet()) {
                String text = texts.get(language).get(key);
                if (text == null) {
                    problems.add(language + " lacks '" + key + "'");
                    continue;
                }
                if (text.isBlank()) {
                    problems.add(language + " has a blank '" + key + "'");
                }
                Set<String> placeholders = placeholders(text);
                if (reference == null) {
                    reference = placeholders;
                    referenceLanguage = language;
                } else if (!reference.equals(placeholders)) {
                    problems.add("'" + key + "' has placeholders " + reference + " in " + referenceLanguage + " but " + placeholders
                            + " in " + language);
                }
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** An argument that is itself a text by language (a state's name, a municipality's) is taken in the language written. */
    private static Object[] localized(String language, Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Map<?, ?> texts) {
                @SuppressWarnings("unchecked")
                Map<String, String> byLanguage = (Map<String, String>) texts;
                out[i] = Texts.in(byLanguage, language);
            }
        }
        return out;
    }

    /** {@code {0}} becomes the first argument's text, and so on; no MessageFormat quoting rules. */
    static String fill(String text, Object... args) {
        if (args == null || args.length == 0 || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start());
            int index = Integer.parseInt(m.group(1));
            out.append(index < args.length ? String.valueOf(args[index]) : m.group());
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
