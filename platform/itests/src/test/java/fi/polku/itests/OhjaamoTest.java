package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The Ohjaamo module in the assembled distribution: each municipality's own Ohjaamo is a module
 * instance of its own; the age limit refuses with its act; contacts are recorded by the area's
 * staff and by a youth worker for its own Ohjaamo only; Hamina's Ohjaamo taken away leaves the
 * other four referring, and the whole module stopped leaves the core and the other modules serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OhjaamoTest {
    private static final AtomicInteger INDIVIDUAL = new AtomicInteger(940);

    @Inject
    private BundleContext context;

    private Api caseworker;
    private Api youthWorker;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        caseworker = new Api(port).language("en");
        caseworker.await("health", 200, 120);
        youthWorker = new Api(port).language("en");
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        assertEquals(200, youthWorker.login("nuoriso", "polku-demo").status());
        caseworker.await("v1/ohjaamo/offices", 200, 60);
        awaitOhjaamo("075", true);
    }

    @Test
    public void eachMunicipalityHasItsOwnOhjaamoAndTheAgeLimitRefusesWithItsAct() {
        JsonNode offices = caseworker.get("v1/ohjaamo/offices").body();
        assertEquals(offices.toString(), 5, offices.size());
        assertFalse("workers' user names are not shown", offices.toString().contains("nuoriso"));

        String young = customer(Day.today().minusYears(29).minusDays(1), "285");
        Api.Reply referred = refer(young);
        assertEquals(referred.body().toString(), 201, referred.status());
        assertEquals("ohjaamo-kotka", referred.body().path("moduleId").asText());
        String inHamina = customer(Day.today().minusYears(20), "075");
        assertEquals("ohjaamo-hamina", refer(inHamina).body().path("moduleId").asText());

        String thirty = customer(Day.today().minusYears(30), "285");
        Api.Reply old = refer(thirty);
        assertEquals(old.body().toString(), 409, old.status());
        assertTrue(old.body().toString(), old.body().path("detail").asText().contains("under 30; the customer is 30"));
        assertTrue(old.body().toString(), old.body().path("detail").asText().contains("381/2023 (not verified"));
    }

    @Test
    public void theStaffAndTheYouthWorkerRecordContactsTheWorkerOnlyInItsOwnOhjaamo() {
        String kotka = customer(Day.today().minusYears(22), "285");
        String referral = refer(kotka).body().path("id").asText();
        String hamina = customer(Day.today().minusYears(23), "075");
        String haminaReferral = refer(hamina).body().path("id").asText();
        Api.Reply first = awaitRecord(caseworker, contact(referral, "phone", "continues", "Sovittu tapaaminen Ohjaamossa"));
        assertEquals(first.body().toString(), 201, first.status());
        assertEquals("the first contact takes the young person in", "accepted", referralState(kotka, referral));
        assertEquals(400, caseworker.post("v1/ohjaamo/contacts", contact(referral, "telepathy", "continues", "x")).status());

        JsonNode mine = youthWorker.get("v1/ohjaamo/worker/referrals").body();
        assertTrue(mine.toString(), mine.path("items").toString().contains(referral));
        assertEquals("the list says how long it is", mine.path("items").size(), mine.path("total").asInt());
        assertFalse("another municipality's young people are not the Kotka worker's", mine.toString().contains(haminaReferral));
        assertFalse("no identity code for a youth worker", mine.toString().contains("identityCode"));
        assertEquals(201, youthWorker.post("v1/ohjaamo/contacts", contact(referral, "in-person", "education", "Haki ammattiopistoon")).status());
        assertEquals(404, awaitRecord(youthWorker, contact(haminaReferral, "phone", "continues", "ei minun")).status());
        assertEquals(403, youthWorker.get("v1/ohjaamo/contacts?referral=" + referral).status());

        JsonNode seen = caseworker.get("v1/ohjaamo/contacts?referral=" + referral).body();
        assertEquals(seen.toString(), 2, seen.size());
        assertEquals("education", seen.get(0).path("outcome").asText());
    }

    @Test
    public void haminasOhjaamoTakenAwayLeavesTheOthersAndTheWholeModuleStoppedLeavesTheRestServing() throws Exception {
        Path file = Path.of(context.getProperty("polku.test.configs"), "fi.polku.ohjaamo~hamina.cfg.json");
        String original = Files.readString(file);
        Files.delete(file);
        try {
            awaitOhjaamo("075", false);
            Api.Reply refused = refer(customer(Day.today().minusYears(19), "075"));
            assertEquals(refused.body().toString(), 409, refused.status());
            assertTrue(refused.body().toString(), refused.body().path("detail").asText().contains("not available"));
            for (String other : new String[] {"285", "624", "935", "489"}) {
                assertEquals(other, 201, refer(customer(Day.today().minusYears(21), other)).status());
            }
        } finally {
            Files.writeString(file, original);
        }
        awaitOhjaamo("075", true);

        Bundle ohjaamo = java.util.Arrays.stream(context.getBundles()).filter(b -> "fi.polku.ohjaamo".equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
        ohjaamo.stop();
        try {
            awaitOhjaamo("285", false);
            assertEquals(200, caseworker.get("health").status());
            assertEquals(200, caseworker.get("v1/training/courses").status());
            assertEquals(200, caseworker.get("v1/worklist").status());
            String c = customer(Day.today().minusYears(25), "285");
            assertEquals(201, caseworker.post("v1/customers/" + c + "/job-search-periods", "{\"start\": \"" + Day.today().minusDays(2)
                    + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").status());
            assertEquals("another module refers as before", 201, caseworker.post("v1/customers/" + c + "/referrals", "{\"serviceType\": \"training\", \"purpose\": \"Koulutus\"}").status());
            assertEquals(409, refer(c).status());
        } finally {
            ohjaamo.start();
        }
        awaitOhjaamo("285", true);
    }

    // ---- helpers

    private String customer(LocalDate born, String municipality) {
        String ddmmyy = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
        char century = born.getYear() >= 2000 ? 'A' : '-';
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + Api.syntheticIdentityCode(ddmmyy, century, INDIVIDUAL.getAndIncrement())
                + "\", \"firstName\": \"Nuori\", \"lastName\": \"Ohjattava\", \"municipalityCode\": \"" + municipality + "\", \"language\": \"fi\","
                + " \"phone\": \"0401234000\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        return r.body().path("id").asText();
    }

    private Api.Reply refer(String customer) {
        return caseworker.post("v1/customers/" + customer + "/referrals", "{\"serviceType\": \"ohjaamo\", \"purpose\": \"Opiskelupaikan etsintä\"}");
    }

    private static String contact(String referral, String channel, String outcome, String note) {
        return "{\"referralId\": \"" + referral + "\", \"contactedOn\": \"" + Day.today() + "\", \"channel\": \"" + channel
                + "\", \"outcome\": \"" + outcome + "\", \"note\": \"" + note + "\"}";
    }

    /** Records, waiting while the module has not yet heard of the referral (delivery is asynchronous, within seconds). */
    private Api.Reply awaitRecord(Api who, String body) {
        long end = System.nanoTime() + 20_000_000_000L;
        Api.Reply r = who.post("v1/ohjaamo/contacts", body);
        while (r.status() == 404 && System.nanoTime() < end && who == caseworker) {
            LockSupport.parkNanos(100_000_000L); // as Api.await polls
            r = who.post("v1/ohjaamo/contacts", body);
        }
        return r;
    }

    private void awaitOhjaamo(String municipality, boolean available) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (true) {
            for (JsonNode o : caseworker.get("v1/modules/offers/" + municipality).body()) {
                if (o.path("serviceType").asText().equals("ohjaamo") && o.path("available").asBoolean() == available) {
                    return;
                }
            }
            assertTrue("Ohjaamo in " + municipality + " available=" + available, System.nanoTime() < end);
            LockSupport.parkNanos(100_000_000L);
        }
    }

    private String referralState(String customer, String referral) {
        for (JsonNode r : caseworker.get("v1/customers/" + customer + "/referrals").body()) {
            if (r.path("id").asText().equals(referral)) {
                return r.path("state").asText();
            }
        }
        throw new AssertionError("no referral " + referral);
    }
}
