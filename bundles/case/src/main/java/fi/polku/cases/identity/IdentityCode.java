package fi.polku.cases.identity;

import fi.polku.cases.identity.InvalidIdentityCodeException.Fault;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A Finnish personal identity code (henkilötunnus): {@code DDMMYYCZZZQ}, where C is the
 * century sign, ZZZ the individual number and Q the control character (the nine-digit number
 * DDMMYYZZZ modulo 31, looked up in {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}).
 *
 * <p>Century signs per the 2023 reform (Government decree 128/2010 as amended): {@code +} for the
 * 1800s; {@code - Y X W V U} for the 1900s; {@code A B C D E F} for the 2000s.
 */
public final class IdentityCode {
    private static final String CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final Map<Character, Integer> CENTURY = Map.ofEntries(
            Map.entry('+', 1800),
            Map.entry('-', 1900), Map.entry('Y', 1900), Map.entry('X', 1900), Map.entry('W', 1900),
            Map.entry('V', 1900), Map.entry('U', 1900),
            Map.entry('A', 2000), Map.entry('B', 2000), Map.entry('C', 2000), Map.entry('D', 2000),
            Map.entry('E', 2000), Map.entry('F', 2000));

    private final String value;
    private final LocalDate birthDate;
    private final int individualNumber;

    private IdentityCode(String value, LocalDate birthDate, int individualNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.individualNumber = individualNumber;
    }

    /**
     * Parses and checks a code.
     *
     * @throws InvalidIdentityCodeException naming what is wrong, in words a caseworker understands
     */
    public static IdentityCode parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentityCodeException(Fault.MISSING, "The identity code is missing.");
        }
        String s = input.trim().toUpperCase(java.util.Locale.ROOT);
        if (s.length() != 11) {
            throw new InvalidIdentityCodeException(Fault.LENGTH, "An identity code has 11 characters (like 010190-9012); '" + input.trim() + "' has " + s.length() + ".",
                    input.trim(), s.length());
        }
        String date = s.substring(0, 6);
        String individual = s.substring(7, 10);
        if (!date.chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCodeException(Fault.BIRTH_DATE_DIGITS, "The first six characters of an identity code are the birth date DDMMYY; '" + date + "' is not.", date);
        }
        Integer century = CENTURY.get(s.charAt(6));
        if (century == null) {
            throw new InvalidIdentityCodeException(Fault.CENTURY_SIGN, "The 7th character '" + s.charAt(6) + "' is not a century sign (+, -, Y, X, W, V, U, A, B, C, D, E or F).",
                    s.charAt(6));
        }
        if (!individual.chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCodeException(Fault.INDIVIDUAL_DIGITS, "Characters 8-10 of an identity code are the individual number, three digits; '" + individual + "' is not.",
                    individual);
        }
        int number = Integer.parseInt(individual);
        if (number < 2) {
            throw new InvalidIdentityCodeException(Fault.INDIVIDUAL_NEVER_ISSUED, "The individual number " + individual + " is never issued (it is 002-999).",
                    individual);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(century + Integer.parseInt(date.substring(4, 6)),
                    Integer.parseInt(date.substring(2, 4)), Integer.parseInt(date.substring(0, 2)));
        } catch (DateTimeException e) {
            String written = date.substring(0, 2) + "." + date.substring(2, 4) + "." + date.substring(4, 6);
            throw new InvalidIdentityCodeException(Fault.NO_SUCH_DATE, "The birth date " + written + " in the identity code does not exist.",
                    written);
        }
        char expected = CONTROL.charAt((int) (Long.parseLong(date + individual) % 31));
        if (s.charAt(10) != expected) {
            throw new InvalidIdentityCodeException(Fault.CONTROL_CHARACTER, "The control character of the identity code is wrong: the code is mistyped.");
        }
        return new IdentityCode(s, birth, number);
    }

    /** The control character for a date and individual number, for generating synthetic codes. */
    public static char controlCharacter(String ddmmyy, int individualNumber) {
        return CONTROL.charAt((int) (Long.parseLong(ddmmyy + String.format("%03d", individualNumber)) % 31));
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Individual numbers 900-999 are for test use: every synthetic person has one. */
    public boolean isSynthetic() {
        return individualNumber >= 900;
    }

    /** Shows only the birth date part, for lists and logs: {@code 010190-****}. */
    public String masked() {
        return value.substring(0, 7) + "****";
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityCode c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked: a code in a log line is personal data. */
    @Override
    public String toString() {
        return masked();
    }
}
