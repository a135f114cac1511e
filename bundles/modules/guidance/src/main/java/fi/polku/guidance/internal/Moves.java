package fi.polku.guidance.internal;

import fi.polku.api.module.ModuleReferrals;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import java.util.UUID;

/** Moving a referral on after a record, when someone else has not already moved it. */
public final class Moves {
    private Moves() {}

    public static void quietly(ModuleReferrals referrals, UUID referral, String state, String note, PolkuUser by) {
        try {
            referrals.move(referral, state, note, by);
        } catch (Problem moved) {
            // Moved on meanwhile (a caseworker interrupted it): the record stands, the state is theirs.
            if (moved.status() != 409) {
                throw moved;
            }
        }
    }
}
