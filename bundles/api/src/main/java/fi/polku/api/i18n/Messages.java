package fi.polku.api.i18n;

import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A bundle's own message catalogue, the OSGi way: properties files in the bundle at
 * {@code OSGI-INF/l10n/messages_fi.properties}, {@code messages_sv.properties} and
 * {@code messages_en.properties} (UTF-8), each with the same keys and the same
 * {@code {0}}, {@code {1}} placeholders. The platform's build fails when one lacks a key or a
 * placeholder that another has.
 *
 * <p>The service is bundle-scoped: {@code @Reference Messages messages} in a component gives it
 * the catalogue of the component's own bundle, so a module's texts travel with the module and
 * stay when another bundle is replaced.
 *
 * <p>Placeholders are replaced as written ({@code {0}} becomes the first argument's
 * {@code toString()}): no {@code MessageFormat} quoting rules for translators to trip on. An
 * argument that is itself a text by language (a {@code Map} as {@link Texts} describes, such as
 * {@code messages.texts("state.accepted")}) is taken in the language of the text it goes into.
 */
@ProviderType
public interface Messages {

    /**
     * The text of {@code key} in {@code language} (a tag such as {@code fi} or {@code sv-FI};
     * Finnish for one the catalogue lacks), its placeholders filled in.
     *
     * @throws IllegalArgumentException when the bundle's catalogue has no such key: a
     *         programming error, found by the catalogue test before it reaches a person
     */
    String text(String language, String key, Object... args);

    /** The text of {@code key} in every language of the catalogue, as {@link Texts} expects. */
    Map<String, String> texts(String key, Object... args);

    /** The keys of the catalogue. */
    Set<String> keys();
}
