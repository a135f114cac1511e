/**
 * The language contract: multilingual text is a map by language tag ({@link fi.polku.api.i18n.Texts}),
 * and each bundle keeps its texts in its own catalogue, read through the bundle-scoped
 * {@link fi.polku.api.i18n.Messages} service. Every text a person sees is in Finnish, Swedish and
 * English.
 */
@Version("1.0.0")
@NullMarked
package fi.polku.api.i18n;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
