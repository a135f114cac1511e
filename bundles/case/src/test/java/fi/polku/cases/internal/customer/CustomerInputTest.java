package fi.polku.cases.internal.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.organisation.Municipality;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.organisation.ServicePoint;
import fi.polku.api.organisation.Unit;
import fi.polku.cases.internal.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerInputTest {
    private static final Organisation AREA = new Organisation() {
        private final List<Municipality> m = List.of(Municipality.of("285", "kotka", Map.of("fi", "Kotka", "sv", "Kotka", "en", "Kotka"), true),
                Municipality.of("075", "hamina", Map.of("fi", "Hamina", "sv", "Fredrikshamn", "en", "Hamina"), false));

        @Override public Map<String, String> areaNames() { return Map.of("fi", "Testialue", "sv", "Testområde", "en", "Test area"); }
        @Override public List<Municipality> municipalities() { return m; }
        @Override public Optional<Municipality> municipality(String code) { return m.stream().filter(x -> x.code().equals(code)).findFirst(); }
        @Override public List<Unit> units() { return List.of(); }
        @Override public Optional<Unit> unit(String id) { return Optional.empty(); }
        @Override public List<ServicePoint> servicePoints() { return List.of(); }
        @Override public List<fi.polku.api.organisation.Caseworker> caseworkers() { return List.of(); }
        @Override public Optional<fi.polku.api.organisation.Caseworker> caseworker(String username) { return Optional.empty(); }
    };

    private static CustomerInput input(String code, String municipality, String email, String channel) {
        return new CustomerInput(code, "Testi", "Henkilö", municipality, "fi", null, email, null, null, null, channel, null, null);
    }

    @Test
    void validInputHasNoProblems() {
        assertTrue(input("150390-912R", "285", null, null).check(AREA, true).isEmpty());
        assertEquals("phone", input("150390-912R", "285", null, null).toNewCustomer().preferredChannel());
    }

    @Test
    void everyProblemIsReportedAtOnceByField() {
        Map<String, String> p = new CustomerInput("150390-912X", " ", null, "091", "de", "abc", "x@", null, "123", null, "fax", null, null)
                .check(AREA, false).in(Language.EN);
        assertEquals(Set.of("identityCode", "firstName", "lastName", "municipalityCode", "language", "phone", "email", "postalCode", "preferredChannel"),
                p.keySet());
        assertTrue(p.get("municipalityCode").contains("Kotka 285, Hamina 075"), p.get("municipalityCode"));
    }

    @Test
    void anotherServiceLanguageNeedsTheCustomersOwnLanguageAsACode() {
        CustomerInput other = new CustomerInput("150390-912R", "Amina", "Hassan", "285", "other", null, null, null, null, null, null, null, true);
        assertEquals(Set.of("motherTongue"), other.check(AREA, true).fields());
        CustomerInput arabic = new CustomerInput("150390-912R", "Amina", "Hassan", "285", "other", null, null, null, null, null, null, "ar", true);
        assertTrue(arabic.check(AREA, true).isEmpty());
        assertEquals("ar", arabic.toNewCustomer().motherTongue());
        assertTrue(arabic.toNewCustomer().interpreterNeeded());
        assertTrue(new CustomerInput("150390-912R", "A", "B", "285", "other", null, null, null, null, null, null, "Arabic", null)
                .check(AREA, true).in(Language.EN).get("motherTongue").contains("ISO 639"));
        assertEquals("fi", input("150390-912R", "285", null, null).toNewCustomer().motherTongue(), "Finnish service: Finnish unless told");
    }

    @Test
    void demoInstallationRefusesRealIdentityCodes() {
        assertTrue(input("131052-308T", "285", null, null).check(AREA, true).in(Language.EN).get("identityCode").contains("synthetic"));
        assertTrue(input("131052-308T", "285", null, null).check(AREA, false).isEmpty());
    }

    @Test
    void emailChannelNeedsAnAddress() {
        assertTrue(input("150390-912R", "285", null, "email").check(AREA, true).fields().contains("email"));
        assertTrue(input("150390-912R", "285", "aino@example.fi", "email").check(AREA, true).isEmpty());
    }

    @Test
    void aRegistrationInSwedishGetsSwedishMessages() {
        Map<String, String> sv = new CustomerInput("150390-912X", " ", "x".repeat(101), "091", "fi", null, "aino@", null, "1234", null, "email", null, null)
                .check(AREA, false).in(Language.SV);
        assertEquals(Map.of(
                "identityCode", "Personbeteckningens kontrolltecken stämmer inte: beteckningen är felskriven.",
                "firstName", "Obligatorisk uppgift.",
                "lastName", "Högst 100 tecken.",
                "municipalityCode", "Kommunen 091 hör inte till det här sysselsättningsområdet (Kotka 285, Fredrikshamn 075). "
                        + "En person som bor någon annanstans betjänas av sysselsättningsområdet i sin hemkommun.",
                "email", "”aino@” är inte en e-postadress.",
                "postalCode", "Ett postnummer har fem siffror."), sv);
    }

    @Test
    void identityCodeFaultsAndTheDemoRefusalAreInTheUsersLanguage() {
        assertEquals("Henkilötunnuksessa on 11 merkkiä (esimerkiksi 010190-9012); ”1503-912R” on 9 merkkiä.",
                input("1503-912R", "285", null, null).check(AREA, false).in(Language.FI).get("identityCode"));
        assertEquals("Födelsedatumet 31.02.90 i personbeteckningen finns inte.",
                input("310290-912R", "285", null, null).check(AREA, false).in(Language.SV).get("identityCode"));
        assertEquals("Tämä on demoasennus: se hyväksyy vain testihenkilötunnuksia, joiden yksilönumero on 900–999.",
                input("131052-308T", "285", null, null).check(AREA, true).in(Language.FI).get("identityCode"));
        assertEquals("The identity code is missing.", input(null, "285", null, null).check(AREA, false).in(Language.EN).get("identityCode"));
    }
}
