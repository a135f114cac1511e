package fi.polku.cases.internal.demo;

import fi.polku.api.module.ModuleRouting;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.rest.Problem;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.api.time.FinnishCalendar;
import fi.polku.cases.identity.IdentityCode;
import fi.polku.cases.internal.modules.ModuleRoutingService;
import fi.polku.cases.internal.referral.ReferralService;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The demo population's referrals to the service modules that a new installation can show at
 * once: customers of the multisectoral unit in the co-operation's queue, immigrants entitled to an
 * integration plan in the integration services', young people in their municipality's Ohjaamo, customers of the
 * guidance unit in career guidance and expert assessments.
 * Made through the referral service like a caseworker's, so each module hears of them as of any
 * other; a module that is not running yet is waited for, then skipped.
 */
final class DemoReferrals {
    private record Wanted(String serviceType, String sql, Predicate<String> identityCode, String purpose, int count) {}

    private static final String OPEN = "SELECT c.id, c.municipality_code, c.identity_code FROM cases.customer c "
            + "JOIN cases.job_search_period p ON p.customer_id = c.id AND p.end_date IS NULL WHERE c.created_by = '"
            + PopulationGenerator.CREATED_BY + "' ";
    private static final PolkuUser DEMO = PolkuUser.of(PopulationGenerator.CREATED_BY, "Demo", Set.of(Role.CASEWORKER));

    private final PersistenceUnit unit;
    private final ReferralService referrals;
    private final ModuleRoutingService routing;

    DemoReferrals(PersistenceUnit unit, ReferralService referrals, ModuleRoutingService routing) {
        this.unit = unit;
        this.referrals = referrals;
        this.routing = routing;
    }

    /** Makes the referrals; answers how many were made. */
    int make() {
        LocalDate today = FinnishCalendar.today();
        List<Wanted> wanted = List.of(
                new Wanted("multisector", OPEN + "AND p.unit = 'multisectoral' ORDER BY p.start_date", code -> true,
                        "Siirretty monialaisiin palveluihin: työ- ja toimintakyvyn rajoitteet", 12),
                new Wanted("integration", OPEN + "AND p.integration_plan ORDER BY p.start_date DESC", code -> true,
                        "Alkukartoitus ja kotoutumissuunnitelma", 12),
                new Wanted("ohjaamo", OPEN + "AND p.unit IN ('initial', 'guidance') ORDER BY c.identity_code",
                        code -> Period.between(IdentityCode.parse(code).birthDate(), today).getYears() < 30, "Opiskelupaikan etsintä", 10),
                new Wanted("career-guidance", OPEN + "AND p.unit = 'guidance' ORDER BY c.identity_code DESC", code -> true,
                        "Alanvaihto: soveltuvuuden ja vaihtoehtojen selvittäminen", 6),
                new Wanted("expert-assessment", OPEN + "AND p.unit = 'guidance' ORDER BY p.start_date", code -> true,
                        "Työkyvyn arviointi ennen koulutusta", 6),
                new Wanted("self-motivated-study", OPEN + "AND p.unit = 'guidance' ORDER BY p.start_date DESC", code -> Period.between(
                        IdentityCode.parse(code).birthDate(), today).getYears() >= 25, "Hakee ammattitutkintoon: opintojen tukeminen työttömyysetuudella", 6));
        int made = coachingAtEveryStage();
        for (Wanted w : wanted) {
            if (!awaitModule(w.serviceType())) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery(w.sql() + " LIMIT 2000").getResultList());
            int n = 0;
            // A module's rules are configured moments after it starts: a module that refuses everyone is asked again shortly.
            for (int attempt = 0; attempt < 10 && n == 0; attempt++) {
                if (attempt > 0 && !pause()) {
                    break;
                }
                for (Object[] r : rows) {
                    if (n == w.count()) {
                        break;
                    }
                    if (!w.identityCode().test((String) r[2])
                            || routing.route((String) r[1], w.serviceType()).status() != ModuleRouting.Status.AVAILABLE) {
                        continue;
                    }
                    try {
                        referrals.refer((UUID) r[0], w.serviceType(), w.purpose(), DEMO);
                        n++;
                    } catch (Problem refused) {
                        // Not eligible (or already referred): the next person.
                    }
                }
            }
            made += n;
        }
        return made;
    }

    /** The moves that bring a referral to each state, and the note each needs. */
    private static final List<List<String>> STAGES = List.of(List.of(), List.of("accepted"), List.of("accepted", "started"),
            List.of("accepted", "started", "completed"), List.of("declined"), List.of("accepted", "started", "interrupted"));
    private static final Map<String, String> NOTES = Map.of("completed", "Valmennus suoritettu; haki kuutta työpaikkaa",
            "declined", "Ryhmä täynnä tällä kertaa", "interrupted", "Aloitti työt kesken valmennuksen");

    /**
     * Coaching referrals of the initial services' customers at every stage of their life
     * (referred, accepted, started, completed, declined, interrupted), moved as the coaching
     * provider moves them, so that every list and state can be shown from the demo.
     */
    private int coachingAtEveryStage() {
        if (!awaitModule("coaching")) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = unit.inTransaction(em -> em.createNativeQuery(OPEN + "AND p.unit = 'initial' ORDER BY p.start_date DESC LIMIT 200")
                .getResultList());
        int made = 0;
        for (Object[] r : rows) {
            if (made == STAGES.size() * 2) {
                break;
            }
            var route = routing.route((String) r[1], "coaching");
            if (route.status() != ModuleRouting.Status.AVAILABLE) {
                continue;
            }
            try {
                UUID id = referrals.refer((UUID) r[0], "coaching", "Työnhakuvalmennus: hakemukset ja haastattelut", DEMO).id();
                for (String next : STAGES.get(made % STAGES.size())) {
                    referrals.move(id, next, NOTES.get(next), Set.of(route.moduleId().orElseThrow()), DEMO);
                }
                made++;
            } catch (Problem refused) {
                // Not eligible (or already referred): the next person.
            }
        }
        return made;
    }

    private static boolean pause() {
        try {
            Thread.sleep(3000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The modules start moments after the core; Kotka's route tells when one runs. */
    private boolean awaitModule(String serviceType) {
        for (int i = 0; i < 1200; i++) {
            if (routing.route("285", serviceType).status() == ModuleRouting.Status.AVAILABLE) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
