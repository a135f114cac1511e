package fi.polku.cases.internal.customer;

import fi.polku.api.organisation.Municipality;
import fi.polku.api.organisation.Organisation;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.identity.InvalidIdentityCodeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registration as sent by a client, and its validation. All fields are checked at once, so a
 * form can show every problem next to its field in one round trip.
 */
public record CustomerInput(String identityCode, String firstName, String lastName, String municipalityCode, String language,
        String phone, String email, String streetAddress, String postalCode, String postOffice, String preferredChannel) {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "other");
    static final Set<String> CHANNELS = Set.of("phone", "email", "letter", "online", "in-person");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    /** Field -> what is wrong with it; empty when the input is valid. */
    public record Problems(Map<String, String> fields) {
        public boolean isEmpty() {
            return fields.isEmpty();
        }

        public String summary() {
            List<String> parts = new ArrayList<>();
            fields.forEach((f, m) -> parts.add(f + ": " + m));
            return String.join(" ", parts);
        }
    }

    /** Checks everything; {@code demo} allows only synthetic identity codes. */
    public Problems check(Organisation organisation, boolean demo) {
        Map<String, String> p = new LinkedHashMap<>();
        try {
            IdentityCode code = IdentityCode.parse(identityCode);
            if (demo && !code.isSynthetic()) {
                p.put("identityCode", "This is a demo installation: it accepts only synthetic identity codes, whose individual number is 900-999.");
            }
        } catch (InvalidIdentityCodeException e) {
            p.put("identityCode", e.getMessage());
        }
        required(p, "firstName", firstName, 100);
        required(p, "lastName", lastName, 100);
        if (blank(municipalityCode)) {
            p.put("municipalityCode", "The home municipality is required.");
        } else if (organisation.municipality(municipalityCode.trim()).isEmpty()) {
            p.put("municipalityCode", "Municipality " + municipalityCode.trim() + " is not in this employment area ("
                    + String.join(", ", organisation.municipalities().stream().map(m -> m.nameFi() + " " + m.code()).toList())
                    + "). A person living elsewhere is served by the employment area of their home municipality.");
        }
        if (blank(language) || !LANGUAGES.contains(language.trim())) {
            p.put("language", "The language is fi, sv or other.");
        }
        if (!blank(phone) && !PHONE.matcher(phone.trim()).matches()) {
            p.put("phone", "A phone number has 5-20 digits, spaces, +, - or brackets.");
        }
        if (!blank(email) && (!EMAIL.matcher(email.trim()).matches() || email.trim().length() > 200)) {
            p.put("email", "'" + email.trim() + "' is not an e-mail address.");
        }
        if (!blank(postalCode) && !POSTAL_CODE.matcher(postalCode.trim()).matches()) {
            p.put("postalCode", "A Finnish postal code has five digits.");
        }
        optional(p, "streetAddress", streetAddress, 200);
        optional(p, "postOffice", postOffice, 100);
        String channel = blank(preferredChannel) ? "phone" : preferredChannel.trim();
        if (!CHANNELS.contains(channel)) {
            p.put("preferredChannel", "The contact channel is one of " + String.join(", ", CHANNELS.stream().sorted().toList()) + ".");
        } else if (channel.equals("phone") && blank(phone) && !blank(preferredChannel)) {
            p.put("phone", "A phone number is needed when the preferred channel is phone.");
        } else if (channel.equals("email") && blank(email)) {
            p.put("email", "An e-mail address is needed when the preferred channel is e-mail.");
        }
        return new Problems(p);
    }

    /** The validated registration; call only when {@link #check} found no problems. */
    public NewCustomer toNewCustomer() {
        return new NewCustomer(IdentityCode.parse(identityCode), firstName.trim(), lastName.trim(), municipalityCode.trim(),
                language.trim(), trim(phone), trim(email), trim(streetAddress), trim(postalCode), trim(postOffice),
                blank(preferredChannel) ? "phone" : preferredChannel.trim());
    }

    private static void required(Map<String, String> p, String field, String value, int max) {
        if (blank(value)) {
            p.put(field, "This is required.");
        } else if (value.trim().length() > max) {
            p.put(field, "At most " + max + " characters.");
        }
    }

    private static void optional(Map<String, String> p, String field, String value, int max) {
        if (!blank(value) && value.trim().length() > max) {
            p.put(field, "At most " + max + " characters.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
