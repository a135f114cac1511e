package fi.polku.cases.internal.i18n;

import fi.polku.api.i18n.Texts;
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
        return valueOf(Texts.fromAcceptLanguage(header).toUpperCase(Locale.ROOT));
    }

    /** The language tag, for {@code Content-Language}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
