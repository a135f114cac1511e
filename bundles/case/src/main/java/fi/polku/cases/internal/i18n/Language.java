package fi.polku.cases.internal.i18n;

import java.util.Locale;

/**
 * The languages Polku answers in. The console asks for the user's language with
 * {@code Accept-Language}; a client that names none of these (curl, scripts, the existing API
 * clients) keeps getting English, as it always has.
 */
public enum Language {
    FI, SV, EN;

    /**
     * The first of fi, sv and en that the header accepts, by q-value and then by order, so
     * {@code sv-FI,sv;q=0.9,en;q=0.5} is Swedish; English when the header is missing, unreadable
     * or names none of them. A wildcard names no language, so it too gives English.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        Language best = null;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            Language language = of(parts[0].trim());
            double q = quality(parts);
            // Strictly greater: of equal q-values the first listed wins.
            if (language != null && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best == null ? EN : best;
    }

    /** The language of a tag such as {@code fi}, {@code sv-FI} or {@code en-GB}; null for any other. */
    private static Language of(String tag) {
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "fi" -> FI;
            case "sv" -> SV;
            case "en" -> EN;
            default -> null;
        };
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

    /** The language tag, for {@code Content-Language}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
