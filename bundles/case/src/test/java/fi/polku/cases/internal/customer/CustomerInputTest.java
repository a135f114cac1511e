package fi.polku.cases.internal.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.organisation.Municipality;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.organisation.ServicePoint;
import fi.polku.api.organisation.Unit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerInputTest {
    private static final Organisation AREA = new Organisation() {
        private final List<Municipality> m = List.of(new Municipality("285", "kotka", "Kotka", "Kotka", true),
                new Municipality("075", "hamina", "Hamina", "Fredrikshamn", false));

        @Override public String areaName() { return "Testialue"; }
        @Override public List<Municipality> municipalities() { return m; }
        @Override public Optional<Municipality> municipality(String code) { return m.stream().filter(x -> x.code().equals(code)).findFirst(); }
        @Override public List<Unit> units() { return List.of(); }
        @Override public Optional<Unit> unit(String id) { return Optional.empty(); }
        @Override public List<ServicePoint> servicePoints() { return List.of(); }
        @Override public List<fi.polku.api.organisation.Caseworker> caseworkers() { return List.of(); }
        @Override public Optional<fi.polku.api.organisation.Caseworker> caseworker(String username) { return Optional.empty(); }
    };

    private static CustomerInput input(String code, String municipality, String email, String channel) {
        return new CustomerInput(code, "Testi", "Henkilö", municipality, "fi", null, email, null, null, null, channel);
    }

    @Test
    void validInputHasNoProblems() {
        assertTrue(input("150390-912R", "285", null, null).check(AREA, true).isEmpty());
        assertEquals("phone", input("150390-912R", "285", null, null).toNewCustomer().preferredChannel());
    }

    @Test
    void everyProblemIsReportedAtOnceByField() {
        CustomerInput.Problems p = new CustomerInput("150390-912X", " ", null, "091", "de", "abc", "x@", null, "123", null, "fax")
                .check(AREA, false);
        assertEquals(Set.of("identityCode", "firstName", "lastName", "municipalityCode", "language", "phone", "email", "postalCode", "preferredChannel"),
                p.fields().keySet());
        assertTrue(p.fields().get("municipalityCode").contains("Kotka 285, Hamina 075"), p.fields().get("municipalityCode"));
    }

    @Test
    void demoInstallationRefusesRealIdentityCodes() {
        assertTrue(input("131052-308T", "285", null, null).check(AREA, true).fields().get("identityCode").contains("synthetic"));
        assertTrue(input("131052-308T", "285", null, null).check(AREA, false).isEmpty());
    }

    @Test
    void emailChannelNeedsAnAddress() {
        assertTrue(input("150390-912R", "285", null, "email").check(AREA, true).fields().containsKey("email"));
        assertTrue(input("150390-912R", "285", "aino@example.fi", "email").check(AREA, true).isEmpty());
    }
}
