package fi.polku.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void theConstantsAreTheRolesIds() {
        assertEquals(Role.CASEWORKER.id(), Role.Ids.CASEWORKER);
        assertEquals(Role.UNIT_LEAD.id(), Role.Ids.UNIT_LEAD);
        assertEquals(Role.IT_ADMIN.id(), Role.Ids.IT_ADMIN);
        assertEquals(Role.PARTNER.id(), Role.Ids.PARTNER);
        assertEquals(4, Role.values().length, "a new role needs its constant in Role.Ids");
    }
}
