package fi.polku.api.customer;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The addressee of a document: the name as the person writes it, the language of the document
 * (fi, sv or en) and the postal address lines (empty when none is known), and the e-mail address if
 * the customer gave one. Nothing else of the customer, and never the identity code.
 *
 * @since 1.1
 */
public record Addressee(String firstName, String lastName, String language, List<String> address, @Nullable String email) {
    public Addressee {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(language, "language");
        address = List.copyOf(address);
    }

    /** First name and last name, as on an envelope. */
    public String fullName() {
        return firstName + " " + lastName;
    }
}
