package fi.polku.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.console.Contribution;
import fi.polku.api.console.Slot;
import fi.polku.api.i18n.Texts;
import fi.polku.api.module.Eligibility;
import fi.polku.api.module.ModuleDescriptor;
import fi.polku.api.module.ModuleRouting;
import fi.polku.api.module.ProductionMode;
import fi.polku.api.organisation.Caseworker;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published types as a partner builds and reads them. */
class ApiTypesTest {
    private static final Map<String, String> NAMES = Map.of("fi", "Valmennus", "sv", "Träning", "en", "Coaching");

    @Test
    void aContributionIsBuiltAndChecked() {
        Contribution c = Contribution.builder("my-tab", Slot.CUSTOMER_TAB).labels(NAMES).script("/console/my/tab.js")
                .roles(Role.CASEWORKER).module("my-module").build();
        assertEquals("my-module", c.moduleId().orElseThrow());
        assertEquals(100, c.order());
        assertEquals(Set.of(Role.CASEWORKER), c.roles());
        assertThrows(IllegalArgumentException.class, () -> Contribution.builder("My Tab", Slot.PAGE));
        assertThrows(IllegalArgumentException.class, () -> Contribution.builder("x", Slot.PAGE).label("fi", "X").script("/console/x.js")
                .roles(Role.CASEWORKER).build(), "Swedish and English are required");
        assertThrows(IllegalArgumentException.class, () -> Contribution.builder("x", Slot.PAGE).labels(NAMES).script("https://evil/x.js")
                .roles(Role.CASEWORKER).build());
        assertThrows(IllegalArgumentException.class, () -> Contribution.builder("x", Slot.PAGE).labels(NAMES).script("/console/x.js").build());
    }

    @Test
    void aDescriptorNeedsEveryLanguageAndKebabIds() {
        ModuleDescriptor d = ModuleDescriptor.builder("kotka-coaching", "coaching").provider("Oy").productionMode(ProductionMode.TENDERED)
                .names(NAMES).build();
        assertEquals("Träning", d.names().get("sv"));
        assertThrows(IllegalArgumentException.class, () -> ModuleDescriptor.builder("Kotka", "coaching"));
        assertThrows(IllegalArgumentException.class, () -> ModuleDescriptor.builder("k", "coaching").provider("Oy")
                .productionMode(ProductionMode.TENDERED).name("fi", "Valmennus").build());
        assertThrows(NullPointerException.class, () -> ModuleDescriptor.builder("k", "coaching").names(NAMES).build());
    }

    @Test
    void aRefusalHasAReasonInEveryLanguage() {
        assertTrue(Eligibility.yes().eligible());
        assertFalse(Eligibility.no(NAMES).eligible());
        assertThrows(IllegalArgumentException.class, () -> Eligibility.no(Map.of("en", "no")));
    }

    @Test
    void aProblemKeepsItsFieldsInOrderAndRefusesWhatIsNotAProblem() {
        Problem p = Problem.invalid().field("b", NAMES).field("a", NAMES).field("b", Map.of("fi", "x", "sv", "x", "en", "x"))
                .extension("remainingCents", 5L).build();
        assertEquals(List.of("b", "a"), List.copyOf(p.fields().keySet()));
        assertEquals("Valmennus", p.fields().get("b").get("fi"), "the first problem of a field stays");
        assertEquals(NAMES, p.detail(), "without a detail, the first field's");
        assertEquals(400, p.status());
        assertEquals(5L, p.extensions().get("remainingCents"));
        assertThrows(IllegalArgumentException.class, () -> Problem.builder(500, "oops"));
        assertThrows(IllegalArgumentException.class, () -> Problem.builder(409, "Not Kebab"));
        assertThrows(IllegalArgumentException.class, () -> Problem.builder(409, "x").extension("detail", "taken"));
        assertThrows(IllegalArgumentException.class, () -> Problem.builder(409, "x").extension("thing", new Object()));
        assertThrows(IllegalStateException.class, () -> Problem.builder(409, "x").build());
    }

    @Test
    void theLanguageOfARequestIsFinnishSwedishOrEnglish() {
        assertEquals("sv", Texts.fromAcceptLanguage("sv-FI,sv;q=0.9,en;q=0.5"));
        assertEquals("en", Texts.fromAcceptLanguage("de,*"));
        assertEquals("en", Texts.fromAcceptLanguage(null));
        assertEquals("fi", Texts.fromAcceptLanguage("en;q=0.4,fi;q=0.8"));
        assertEquals("Träning", Texts.in(NAMES, "sv-FI"));
        assertEquals("Valmennus", Texts.in(NAMES, "se"), "a language without a text falls back to Finnish");
    }

    @Test
    void providerMadeTypesAreMadeByTheirFactories() {
        assertEquals("caseworker", PolkuUser.of("caseworker", null, Set.of(Role.CASEWORKER)).displayName());
        assertEquals("initial", Caseworker.of("c", "initial", "kotka-office").unit());
        ModuleRouting.Route r = ModuleRouting.Route.of("285", "coaching", null, ModuleRouting.Status.NOT_OFFERED);
        assertTrue(r.moduleId().isEmpty());
    }
}
