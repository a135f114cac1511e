package fi.polku.api.document;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the platform: lays a {@link Document} out as a file to hand to its reader. */
@ProviderType
public interface DocumentRenderer {

    /**
     * The document as a PDF (A4, the fonts embedded, its language and title in the file's
     * metadata, each page numbered "n / m").
     */
    byte[] pdf(Document document);
}
