package fi.polku.cases.internal.placement;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** What the placement resources check of every request: a member of staff, a body, a well-formed id. */
final class Requests {
    private Requests() {}

    static PolkuUser staff(SecurityContext s) {
        return Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
    }

    static <T> T body(T in, Messages messages) {
        if (in == null) {
            throw Problem.of(400, "no-body", messages.texts("placement.no-body"));
        }
        return in;
    }

    /** The id, or 404 {@code code} when it is not one. */
    static UUID id(String value, String code, String key, Messages messages) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.of(404, code, messages.texts(key));
        }
    }
}
