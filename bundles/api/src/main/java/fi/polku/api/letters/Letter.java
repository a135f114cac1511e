package fi.polku.api.letters;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A letter to a customer, its texts in the customer's language.
 *
 * @param customerId whom it is for (kept for the document list, never written into the message)
 * @param kind what it is, e.g. {@code invitation}, {@code employment-plan}, {@code decision}
 * @param language the language of its texts: fi, sv or en
 * @param channel {@code email} or {@code post}
 * @param email the address for {@code email}
 * @param address the postal address lines (name first) for {@code post}
 * @param subject the e-mail's subject, or the batch's heading for a postal letter
 * @param body the covering text of an e-mail (plain text)
 * @param pdf the document itself
 * @param fileName the document's file name, e.g. {@code kutsu.pdf}
 */
public record Letter(UUID customerId, String kind, String language, String channel, @Nullable String email, List<String> address,
        String subject, String body, byte[] pdf, String fileName) {

    public static final String EMAIL = "email";
    public static final String POST = "post";

    public Letter {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        if (!EMAIL.equals(channel) && !POST.equals(channel)) {
            throw new IllegalArgumentException("channel is email or post, not " + channel);
        }
        address = List.copyOf(address);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(fileName, "fileName");
    }
}
