package fi.polku.cases.internal.customer;

import fi.polku.api.i18n.Texts;
import fi.polku.api.organisation.Municipality;
import fi.polku.api.organisation.Organisation;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.identity.InvalidIdentityCodeException;
import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Language;
import fi.polku.cases.internal.i18n.Message;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registration as sent by a client, and its validation. All fields are checked at once, so a
 * form can show every problem next to its field in one round trip, in the user's language.
 */
public record CustomerInput(String identityCode, String firstName, String lastName, String municipalityCode, String language,
        String phone, String email, String streetAddress, String postalCode, String postOffice, String preferredChannel,
        String motherTongue, Boolean interpreterNeeded) {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "other");
    static final Set<String> CHANNELS = Set.of("phone", "email", "letter", "online", "in-person");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    /** An ISO 639-1 (two letters) or 639-2/3 (three) language code. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    /** Checks everything; {@code demo} allows only synthetic identity codes. Empty when the input is valid. */
    public FieldMessages check(Organisation organisation, boolean demo) {
        FieldMessages p = new FieldMessages();
        try {
            IdentityCode code = IdentityCode.parse(identityCode);
            if (demo && !code.isSynthetic()) {
                p.add("identityCode", Message.DEMO_SYNTHETIC_ONLY);
            }
        } catch (InvalidIdentityCodeException e) {
            p.add("identityCode", message(e.fault()), e.details().toArray());
        }
        required(p, "firstName", firstName, 100);
        required(p, "lastName", lastName, 100);
        if (blank(municipalityCode)) {
            p.add("municipalityCode", Message.MUNICIPALITY_REQUIRED);
        } else if (organisation.municipality(municipalityCode.trim()).isEmpty()) {
            List<Municipality> area = organisation.municipalities();
            // Names as the reader knows them: Hamina is Fredrikshamn in Swedish.
            Message.PerLanguage names = language -> String.join(", ", area.stream()
                    .map(m -> Texts.in(m.names(), language.tag()) + " " + m.code()).toList());
            p.add("municipalityCode", Message.MUNICIPALITY_OUTSIDE_AREA, municipalityCode.trim(), names);
        }
        if (blank(language) || !LANGUAGES.contains(language.trim())) {
            p.add("language", Message.LANGUAGE_CHOICE);
        }
        if (!blank(motherTongue) && !LANGUAGE_CODE.matcher(motherTongue.trim()).matches()) {
            p.add("motherTongue", Message.MOTHER_TONGUE_CODE);
        } else if (blank(motherTongue) && "other".equals(trim(language))) {
            // "Other" says only that service is not in Finnish or Swedish: the interpreter and the letters need the language itself.
            p.add("motherTongue", Message.MOTHER_TONGUE_NEEDED);
        }
        if (!blank(phone) && !PHONE.matcher(phone.trim()).matches()) {
            p.add("phone", Message.PHONE_FORMAT);
        }
        if (!blank(email) && (!EMAIL.matcher(email.trim()).matches() || email.trim().length() > 200)) {
            p.add("email", Message.EMAIL_FORMAT, email.trim());
        }
        if (!blank(postalCode) && !POSTAL_CODE.matcher(postalCode.trim()).matches()) {
            p.add("postalCode", Message.POSTAL_CODE_FORMAT);
        }
        optional(p, "streetAddress", streetAddress, 200);
        optional(p, "postOffice", postOffice, 100);
        String channel = blank(preferredChannel) ? "phone" : preferredChannel.trim();
        if (!CHANNELS.contains(channel)) {
            p.add("preferredChannel", Message.CHANNEL_CHOICE, String.join(", ", CHANNELS.stream().sorted().toList()));
        } else if (channel.equals("phone") && blank(phone) && !blank(preferredChannel)) {
            p.add("phone", Message.PHONE_NEEDED_FOR_CHANNEL);
        } else if (channel.equals("email") && blank(email)) {
            p.add("email", Message.EMAIL_NEEDED_FOR_CHANNEL);
        }
        return p;
    }

    /** The message that says in the user's language what the identity code's fault is. */
    static Message message(InvalidIdentityCodeException.Fault fault) {
        return switch (fault) {
            case MISSING -> Message.IDENTITY_CODE_MISSING;
            case LENGTH -> Message.IDENTITY_CODE_LENGTH;
            case BIRTH_DATE_DIGITS -> Message.IDENTITY_CODE_BIRTH_DATE_DIGITS;
            case CENTURY_SIGN -> Message.IDENTITY_CODE_CENTURY_SIGN;
            case INDIVIDUAL_DIGITS -> Message.IDENTITY_CODE_INDIVIDUAL_DIGITS;
            case INDIVIDUAL_NEVER_ISSUED -> Message.IDENTITY_CODE_INDIVIDUAL_NEVER_ISSUED;
            case NO_SUCH_DATE -> Message.IDENTITY_CODE_NO_SUCH_DATE;
            case CONTROL_CHARACTER -> Message.IDENTITY_CODE_CONTROL_CHARACTER;
        };
    }

    /** The validated registration; call only when {@link #check} found no problems. */
    public NewCustomer toNewCustomer() {
        return new NewCustomer(IdentityCode.parse(identityCode), firstName.trim(), lastName.trim(), municipalityCode.trim(),
                language.trim(), trim(phone), trim(email), trim(streetAddress), trim(postalCode), trim(postOffice),
                blank(preferredChannel) ? "phone" : preferredChannel.trim(), ownLanguage(), Boolean.TRUE.equals(interpreterNeeded));
    }

    /** The language code given, or the service language's own when it is Finnish or Swedish. */
    private String ownLanguage() {
        if (!blank(motherTongue)) {
            return motherTongue.trim();
        }
        return "other".equals(language.trim()) ? null : language.trim();
    }

    private static void required(FieldMessages p, String field, String value, int max) {
        if (blank(value)) {
            p.add(field, Message.REQUIRED);
        } else if (value.trim().length() > max) {
            p.add(field, Message.TOO_LONG, max);
        }
    }

    private static void optional(FieldMessages p, String field, String value, int max) {
        if (!blank(value) && value.trim().length() > max) {
            p.add(field, Message.TOO_LONG, max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
