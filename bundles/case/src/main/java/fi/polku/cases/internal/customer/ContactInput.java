package fi.polku.cases.internal.customer;

import fi.polku.api.organisation.Organisation;
import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Message;

/**
 * New contact details of a registered customer, with the reason for the change (optional): the
 * same fields and the same checks as at registration; the name, identity code and home
 * municipality are not contact details and change otherwise.
 */
public record ContactInput(String language, String motherTongue, Boolean interpreterNeeded, String phone, String email,
        String streetAddress, String postalCode, String postOffice, String preferredChannel, String reason) {

    /** The checked values, trimmed, blanks as null. */
    public record Checked(String language, String motherTongue, boolean interpreterNeeded, String phone, String email,
            String streetAddress, String postalCode, String postOffice, String preferredChannel, String reason) {}

    /** Every problem at once, as at registration; empty when the details are valid. */
    FieldMessages check(Customer c, Organisation organisation) {
        FieldMessages p = asRegistration(c).check(organisation, false);
        if (reason != null && reason.trim().length() > 200) {
            p.add("reason", Message.TOO_LONG, 200);
        }
        return p;
    }

    Checked checked(Customer c) {
        NewCustomer n = asRegistration(c).toNewCustomer();
        return new Checked(n.language(), n.motherTongue(), n.interpreterNeeded(), n.phone(), n.email(), n.streetAddress(),
                n.postalCode(), n.postOffice(), n.preferredChannel(), reason == null || reason.isBlank() ? null : reason.trim());
    }

    // The registration's checks, given the parts that do not change here.
    private CustomerInput asRegistration(Customer c) {
        return new CustomerInput(c.identityCode(), c.firstName(), c.lastName(), c.municipalityCode(), language, phone, email,
                streetAddress, postalCode, postOffice, preferredChannel, motherTongue, interpreterNeeded);
    }
}
