/**
 * Documents handed to a person: a decision, a letter, a plan. A bundle describes the document
 * ({@link fi.polku.api.document.Document}: its texts already in the reader's language, from the
 * bundle's own catalogue) and the platform's {@link fi.polku.api.document.DocumentRenderer}
 * lays it out as a PDF with embedded fonts, so that every document of the area looks alike and no
 * module carries a PDF library of its own.
 */
@Version("1.0.0")
@NullMarked
package fi.polku.api.document;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
