package fi.polku.security.internal;

import fi.polku.api.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo accounts of the README. Created only when the platform runs in demo mode
 * ({@code polku.mode=demo}), never otherwise: a production installation has no known password.
 */
final class DemoAccounts {
    static final String PASSWORD = "polku-demo";

    record Demo(String username, String displayName, Set<Role> roles) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("caseworker", "Aino Virtanen", Set.of(Role.CASEWORKER)),
            new Demo("lead", "Mikko Laine", Set.of(Role.CASEWORKER, Role.UNIT_LEAD)),
            // Two more caseworkers of the guidance services, the lead's unit: a team to give work to.
            new Demo("korhonen", "Tuula Korhonen", Set.of(Role.CASEWORKER)),
            new Demo("nieminen", "Jari Nieminen", Set.of(Role.CASEWORKER)),
            new Demo("admin", "Ilkka Järvinen", Set.of(Role.IT_ADMIN)),
            new Demo("partner", "Petra Kumppani", Set.of(Role.PARTNER)),
            // The training provider (the local college Ekami): selects the applicants to its own courses.
            new Demo("ekami", "Eeva Kouvo", Set.of(Role.PARTNER)),
            // A workplace that organises work trials (a port operator in Kotka): confirms its own trials.
            new Demo("satama", "Sami Laituri", Set.of(Role.PARTNER)),
            // A youth worker of Kotka's youth services who works in Ohjaamo Kotka.
            new Demo("nuoriso", "Nelli Nuutinen", Set.of(Role.PARTNER)),
            // A social worker of the wellbeing services county in the multisectoral co-operation.
            new Demo("hyvinvointi", "Hilkka Hyvönen", Set.of(Role.PARTNER)),
            // Kela's expert in the multisectoral co-operation.
            new Demo("kela", "Kalle Kelanne", Set.of(Role.PARTNER)),
            // An integration specialist: one of the named workers of immigrants entitled to an integration plan.
            new Demo("kotoutus", "Kaisa Kotilainen", Set.of(Role.CASEWORKER)),
            // A licensed psychologist of the career guidance: records psychological assessments under the customer's consent.
            new Demo("psykologi", "Paula Psykologi", Set.of(Role.CASEWORKER)),
            // An outside expert (an occupational health company) that expert assessments are bought from.
            new Demo("arvioija", "Arto Arvioija", Set.of(Role.PARTNER)));

    private DemoAccounts() {}

    /** Adds the demo accounts that are missing; returns how many were added. */
    static int ensure(EntityManager em, PasswordHasher hasher, Instant now) {
        int added = 0;
        for (Demo d : ACCOUNTS) {
            if (em.find(AccountRecord.class, d.username()) == null) {
                em.persist(new AccountRecord(d.username(), d.displayName(), hasher.hash(PASSWORD.toCharArray()), d.roles(), now));
                added++;
            }
        }
        return added;
    }
}
