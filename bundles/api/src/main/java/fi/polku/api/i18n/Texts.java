package fi.polku.api.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Multilingual text has one shape everywhere in the API: a map from language tag ({@code fi},
 * {@code sv}, {@code en}; a later {@code se} for Northern Sámi is then no change of contract) to
 * the text. This class checks and reads such maps.
 */
public final class Texts {
    /** The languages every text a person sees is written in, in the order Polku prefers them. */
    public static final List<String> REQUIRED = List.of("fi", "sv", "en");

    private Texts() {}

    /**
     * An unmodifiable, sorted copy of {@code texts} that has a non-blank text in each of
     * {@link #REQUIRED}; otherwise an {@link IllegalArgumentException} that names {@code what}.
     */
    public static Map<String, String> complete(Map<String, String> texts, String what) {
        if (texts == null) {
            throw new IllegalArgumentException(what + " needs a text in each of " + REQUIRED);
        }
        Map<String, String> copy = new TreeMap<>();
        texts.forEach((tag, text) -> {
            if (tag == null || !tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                throw new IllegalArgumentException(what + ": '" + tag + "' is not a language tag");
            }
            if (text != null && !text.isBlank()) {
                copy.put(tag, text);
            }
        });
        for (String language : REQUIRED) {
            if (!copy.containsKey(language)) {
                throw new IllegalArgumentException(what + " needs a text in " + language);
            }
        }
        return Map.copyOf(copy);
    }

    /**
     * The language to answer a request in, from its {@code Accept-Language} header: the first of
     * {@link #REQUIRED} that the header accepts, by q-value and then by order
     * ({@code sv-FI,sv;q=0.9,en;q=0.5} is {@code sv}); {@code en} when the header is missing,
     * unreadable or names none of them (a wildcard names no language). API clients that send no
     * header, scripts and curl, get English.
     */
    public static String fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        String best = null;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String primary = parts[0].trim().split("-", 2)[0].toLowerCase(Locale.ROOT);
            double q = quality(parts);
            // Strictly greater: of equal q-values the first listed wins.
            if (REQUIRED.contains(primary) && q > bestQ) {
                best = primary;
                bestQ = q;
            }
        }
        return best == null ? "en" : best;
    }

    /** The q-value of a range, 1 when it has none; 0 (not acceptable) when it cannot be read. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
                try {
                    double q = Double.parseDouble(p.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /**
     * The text in {@code language} (a tag such as {@code sv} or {@code sv-FI}), else in Finnish,
     * else in English, else any; null only for an empty map.
     */
    public static @Nullable String in(Map<String, String> texts, @Nullable String language) {
        if (language != null) {
            String primary = language.split("-", 2)[0].toLowerCase(Locale.ROOT);
            String text = texts.get(primary);
            if (text != null) {
                return text;
            }
        }
        for (String fallback : List.of("fi", "en")) {
            if (texts.containsKey(fallback)) {
                return texts.get(fallback);
            }
        }
        return texts.values().stream().findFirst().orElse(null);
    }
}
