package fi.polku.cases.internal.document;

import fi.polku.cases.internal.customer.Customer;
import java.util.ArrayList;
import java.util.List;

/** How the core's documents address a customer: the language they are written in and the envelope's lines. */
final class Addressing {
    private Addressing() {
    }

    /** Finnish or Swedish as the customer's own; English for every other language. */
    static String language(Customer c) {
        return List.of("fi", "sv").contains(c.language()) ? c.language() : "en";
    }

    /** The name, and the postal address when one is known; never the identity code. */
    static List<String> recipient(Customer c) {
        List<String> lines = new ArrayList<>(List.of(c.firstName() + " " + c.lastName()));
        if (c.streetAddress() != null) {
            lines.add(c.streetAddress());
            lines.add((c.postalCode() == null ? "" : c.postalCode() + " ") + (c.postOffice() == null ? "" : c.postOffice()));
        }
        return lines;
    }
}
