/**
 * Letters to customers: a bundle hands over a letter already in the customer's language (its
 * document as a PDF, a short covering text) and the platform's {@link fi.polku.api.letters.Outbox}
 * keeps it until it is delivered: by e-mail through the area's SMTP server, or by post in a printed
 * batch. The outbox survives restarts; a letter whose text carries an identity code is refused.
 */
@Version("1.0.0")
@NullMarked
package fi.polku.api.letters;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
