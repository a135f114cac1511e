package fi.polku.employer.internal;

import fi.polku.api.installation.Installation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.time.FinnishCalendar;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A demo installation's employers, made once when the module first starts on an empty schema:
 * five example companies of the area (the business IDs made up, with valid check digits), each
 * with a contact person, the log of a visit or advice, and published vacancies of the occupations
 * the demo's job seekers want, so that matching, job offers and presentations can be shown at once.
 */
@Component(immediate = true, service = DemoEmployers.class)
public final class DemoEmployers {
    private static final String S = EmployerDatabase.S;

    private record Company(String businessId, String name, String sector, String municipality, String contact, String topic, String notes) {}

    private record Opening(int company, String title, String occupation, String municipality, String languages, boolean licence,
            String skills, int positions) {}

    private static final Company[] COMPANIES = {
        new Company("2345671-3", "Kotkan Satamalogistiikka Oy (esimerkki)", "H", "285", "Sanna Satamaa", "recruitment",
                "Talven rekrytointitarve: ahtaajia ja trukinkuljettajia vuorotyöhön."),
        new Company("3456782-2", "Kymen Hoivapalvelut Oy (esimerkki)", "Q", "285", "Liisa Lähihoito", "labour-availability",
                "Lähihoitajista pulaa; sovittiin esittelyistä sähköpostitse."),
        new Company("4567893-1", "Haminan Konepaja Oy (esimerkki)", "C", "075", "Pekka Paja", "change-security",
                "Tuotannon supistus: muutosturvan neuvonta irtisanottaville."),
        new Company("5678904-7", "Pyhtään Kala ja Keittiö Ky (esimerkki)", "I", "624", "Kaija Keittiö", "business-development",
                "Kesäkauden laajennus, kokkien ja tarjoilijoiden tarve."),
        new Company("6789015-9", "Virolahden Kuljetus Oy (esimerkki)", "H", "935", "Ville Vetonen", "recruitment",
                "Raskaan kaluston kuljettajia rajaliikenteeseen.")};

    private static final Opening[] OPENINGS = {
        new Opening(0, "Ahtaaja, vuorotyö", "9333", "285", "fi", false, "ahtaus,trukkikortti,vuorotyö", 4),
        new Opening(0, "Trukinkuljettaja", "8344", "285", "fi", false, "trukkikortti,varastotyö", 2),
        new Opening(1, "Lähihoitaja, kotihoito", "5321", "285", "fi", true, "lääkehoito,ensiapu,vanhustyö", 3),
        new Opening(2, "Hitsaaja", "7212", "075", "fi", false, "hitsaus,tulityökortti", 1),
        new Opening(3, "Kokki, kesäkausi", "5120", "624", "fi,en", false, "hygieniapassi,ruoanvalmistus", 2),
        new Opening(4, "Rekan kuljettaja", "8332", "935", "fi,en", true, "ammattipätevyys,ajopiirturi", 2)};

    @Activate
    public DemoEmployers(@Reference EmployerDatabase database, @Reference Installation installation) {
        if (!installation.isDemo()) {
            return;
        }
        PersistenceUnit unit = database.unit();
        unit.run(em -> {
            // Once, on an empty schema; a lock so that two starts at once make them once.
            em.createNativeQuery("LOCK TABLE " + S + ".employer IN EXCLUSIVE MODE").executeUpdate();
            if (!em.createNativeQuery("SELECT 1 FROM " + S + ".employer LIMIT 1").getResultList().isEmpty()) {
                return;
            }
            Timestamp now = Timestamp.from(Instant.now());
            LocalDate today = FinnishCalendar.today();
            UUID[] ids = new UUID[COMPANIES.length];
            for (int k = 0; k < COMPANIES.length; k++) {
                Company c = COMPANIES[k];
                ids[k] = UUID.randomUUID();
                em.createNativeQuery("INSERT INTO " + S + ".employer (id, business_id, name, sector, municipality_code, consent_to_contact, "
                        + "presentation_way, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, true, ?6, ?7, 'demo')").setParameter(1, ids[k])
                        .setParameter(2, c.businessId()).setParameter(3, c.name()).setParameter(4, c.sector()).setParameter(5, c.municipality())
                        .setParameter(6, "Ansioluettelot sähköpostitse yhteyshenkilölle").setParameter(7, now).executeUpdate();
                em.createNativeQuery("INSERT INTO " + S + ".contact_person (id, employer_id, name, title, phone, email, created_at) VALUES "
                        + "(?1, ?2, ?3, 'Henkilöstöpäällikkö', '040 1234567', ?4, ?5)").setParameter(1, UUID.randomUUID()).setParameter(2, ids[k])
                        .setParameter(3, c.contact()).setParameter(4, "rekry" + k + "@example.fi").setParameter(5, now).executeUpdate();
                em.createNativeQuery("INSERT INTO " + S + ".service_event (id, employer_id, kind, topic, happened_on, notes, dismissed, recorded_by, "
                        + "recorded_at) VALUES (?1, ?2, 'visit', ?3, ?4, ?5, ?6, 'caseworker', ?7)").setParameter(1, UUID.randomUUID())
                        .setParameter(2, ids[k]).setParameter(3, c.topic()).setParameter(4, today.minusDays(7 + k)).setParameter(5, c.notes())
                        .setParameter(6, c.topic().equals("change-security") ? 12 : null).setParameter(7, now).executeUpdate();
            }
            for (Opening o : OPENINGS) {
                em.createNativeQuery("INSERT INTO " + S + ".vacancy (id, employer_id, title, occupation_code, municipality_code, workplace, languages, "
                        + "driving_licence, skills, requirements, starts_on, ends_on, positions, how_to_apply, apply_by, state, published_at, created_by, "
                        + "created_at) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7, ?8, NULL, ?9, NULL, ?10, ?11, ?12, 'published', ?13, 'demo', ?13)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, ids[o.company()]).setParameter(3, o.title())
                        .setParameter(4, o.occupation()).setParameter(5, o.municipality()).setParameter(6, o.languages())
                        .setParameter(7, o.licence()).setParameter(8, o.skills()).setParameter(9, today.plusDays(30)).setParameter(10, o.positions())
                        .setParameter(11, "Hakemus ja ansioluettelo sähköpostitse yhteyshenkilölle.").setParameter(12, today.plusDays(45))
                        .setParameter(13, now).executeUpdate();
            }
        });
    }
}
