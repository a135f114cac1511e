package fi.polku.cases.internal.customer;

import fi.polku.cases.identity.IdentityCode;

/** A checked registration: every field already validated by {@link CustomerInput}. */
public record NewCustomer(IdentityCode identityCode, String firstName, String lastName, String municipalityCode,
        String language, String phone, String email, String streetAddress, String postalCode, String postOffice,
        String preferredChannel, String motherTongue, boolean interpreterNeeded) {}
