package fi.polku.trials.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.rest.Problem;
import java.util.List;
import java.util.UUID;

/** Ids from a request: a 400 naming the field for anything that is not one. */
final class Ids {
    private Ids() {}

    static UUID of(String value, String field, Messages messages) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid().field(field, messages.texts("not-an-id")).build();
        }
    }

    /** At most 100 referral ids of a query, each checked. */
    static List<UUID> referrals(List<String> values, Messages messages) {
        if (values.size() > 100) {
            throw Problem.invalid().field("referral", messages.texts("too-many-referrals")).build();
        }
        return values.stream().map(v -> of(v, "referral", messages)).toList();
    }
}
