package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.osgi.framework.BundleContext;

/**
 * User accounts as an IT admin manages them through the API: a caseworker created with a unit and
 * a service point (written to the caseworker's file, seen by the core) logs in; the password rules
 * refuse a weak password and nothing is created; a partner's user has the partner role only and
 * names its modules; deactivating ends the person's session at once and stops logins until the
 * account is activated again; setting a password ends the sessions and the old password; the admin
 * cannot lock themselves out; only an IT admin may do any of it; every change is in the audit log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AccountsTest {
    private static final String PASSWORD = "kolme vihreää omenaa puussa";

    @Inject
    private BundleContext context;

    private Api admin;
    private int port;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        admin = new Api(port).language("en");
        admin.await("health", 200, 120);
        assertEquals(200, admin.login("admin", "polku-demo").status());
        admin.await("v1/admin/accounts", 200, 60);
    }

    @Test
    public void aCaseworkerIsCreatedLogsInIsDeactivatedAndGetsANewPassword() {
        Api.Reply weak = admin.post("v1/admin/accounts", staff("testi.virkailija", "salasana2026!!!!"));
        assertEquals(weak.body().toString(), 400, weak.status());
        assertTrue(weak.body().toString(), weak.body().path("fields").path("password").asText().contains("most common"));
        Api.Reply tooShort = admin.post("v1/admin/accounts", staff("testi.virkailija", "lyhyt"));
        assertTrue(tooShort.body().toString(), tooShort.body().path("fields").path("password").asText().contains("15"));
        assertEquals("nothing was created", 404, admin.get("v1/admin/accounts/testi.virkailija").status());
        Api.Reply badUnit = admin.post("v1/admin/accounts", staff("testi.virkailija", PASSWORD).replace("\"guidance\"", "\"nowhere\""));
        assertTrue(badUnit.body().toString(), badUnit.body().path("fields").has("unit"));
        assertEquals(400, admin.post("v1/admin/accounts", staff("Testi Virkailija", PASSWORD)).status());

        Api.Reply created = admin.post("v1/admin/accounts", staff("testi.virkailija", PASSWORD));
        assertEquals(created.body().toString(), 201, created.status());
        assertFalse("no password or hash is ever answered", created.body().toString().contains("pbkdf2"));
        Path file = Path.of(context.getProperty("polku.test.configs"), "fi.polku.caseworker~testi.virkailija.cfg.json");
        assertTrue("the place of work is in the caseworker's file", Files.isRegularFile(file));
        assertEquals("guidance", awaitUnit("testi.virkailija"));
        Api.Reply taken = admin.post("v1/admin/accounts", staff("testi.virkailija", PASSWORD));
        assertTrue(taken.body().toString(), taken.body().path("fields").path("username").asText().contains("already"));

        Api person = new Api(port).language("en");
        assertEquals(200, person.login("testi.virkailija", PASSWORD).status());
        assertEquals(200, person.get("v1/worklist").status());
        assertEquals("a caseworker manages no accounts", 403, person.get("v1/admin/accounts").status());

        Api.Reply off = admin.post("v1/admin/accounts/testi.virkailija/deactivate", "{}");
        assertEquals(off.body().toString(), 200, off.status());
        assertFalse(off.body().path("active").asBoolean());
        assertEquals("the session ended at once", 401, person.get("v1/worklist").status());
        assertEquals("a deactivated account cannot log in", 401, new Api(port).login("testi.virkailija", PASSWORD).status());
        assertEquals(200, admin.post("v1/admin/accounts/testi.virkailija/activate", "{}").status());

        Api again = new Api(port);
        assertEquals(200, again.login("testi.virkailija", PASSWORD).status());
        String fresh = "neljä punaista päärynää korissa";
        assertEquals(400, admin.put("v1/admin/accounts/testi.virkailija/password", "{\"password\": \"aaaaaaaaaaaaaaaaaaaa\"}").status());
        assertEquals(204, admin.put("v1/admin/accounts/testi.virkailija/password", "{\"password\": \"" + fresh + "\"}").status());
        assertEquals("a new password ends the sessions", 401, again.get("v1/worklist").status());
        assertEquals(401, new Api(port).login("testi.virkailija", PASSWORD).status());
        assertEquals(200, new Api(port).login("testi.virkailija", fresh).status());

        Api.Reply lead = admin.put("v1/admin/accounts/testi.virkailija", "{\"displayName\": \"Testi Esihenkilö\", \"roles\": [\"unit-lead\"],"
                + " \"unit\": \"initial\", \"servicePoint\": \"hamina-office\"}");
        assertEquals(lead.body().toString(), 200, lead.status());
        assertEquals("a unit lead is also a caseworker", "[\"caseworker\",\"unit-lead\"]", lead.body().path("roles").toString());

        JsonNode events = admin.get("v1/audit/events?action=account.create").body();
        assertTrue(events.toString(), events.toString().contains("account testi.virkailija roles caseworker"));
        for (String action : new String[] {"account.deactivate", "account.activate", "account.password-set", "account.update"}) {
            assertTrue(action, admin.get("v1/audit/events?action=" + action).body().toString().contains("testi.virkailija"));
        }
    }

    @Test
    public void aPartnersUserHasThePartnerRoleOnlyAndItsModules() {
        Api.Reply mixed = admin.post("v1/admin/accounts", "{\"username\": \"testi.kumppani\", \"displayName\": \"Testi Kumppani\","
                + " \"roles\": [\"partner\", \"caseworker\"], \"organisation\": \"Valmennus Oy\", \"modules\": [\"coaching-default\"],"
                + " \"unit\": \"guidance\", \"servicePoint\": \"kotka-office\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(400, mixed.status());
        assertTrue(mixed.body().toString(), mixed.body().path("fields").has("roles"));
        Api.Reply badModule = admin.post("v1/admin/accounts", "{\"username\": \"testi.kumppani\", \"displayName\": \"Testi Kumppani\","
                + " \"roles\": [\"partner\"], \"organisation\": \"Valmennus Oy\", \"modules\": [\"Not A Module\"], \"password\": \""
                + PASSWORD + "\"}");
        assertTrue(badModule.body().toString(), badModule.body().path("fields").has("modules"));
        Api.Reply created = admin.post("v1/admin/accounts", "{\"username\": \"testi.kumppani\", \"displayName\": \"Testi Kumppani\","
                + " \"roles\": [\"partner\"], \"organisation\": \"Valmennus Oy\", \"modules\": [\"coaching-default\"], \"password\": \""
                + PASSWORD + "\"}");
        assertEquals(created.body().toString(), 201, created.status());
        assertEquals("[\"coaching-default\"]", created.body().path("modules").toString());
        assertEquals("Valmennus Oy", created.body().path("organisation").asText());
        Api partner = new Api(port);
        assertEquals(200, partner.login("testi.kumppani", PASSWORD).status());
        assertEquals("a partner's user sees no customer list", 403, partner.get("v1/customers?q=virtanen").status());
    }

    @Test
    public void theAdminCannotLockThemselvesOutAndNobodyElseManagesAccounts() {
        Api.Reply self = admin.post("v1/admin/accounts/admin/deactivate", "{}");
        assertEquals(409, self.status());
        assertTrue(self.body().toString(), self.message().contains("own account"));
        Api.Reply role = admin.put("v1/admin/accounts/admin", "{\"displayName\": \"Ilkka Järvinen\", \"roles\": [\"caseworker\"],"
                + " \"unit\": \"guidance\", \"servicePoint\": \"kotka-office\"}");
        assertEquals(409, role.status());
        assertEquals(404, admin.get("v1/admin/accounts/nobody-here").status());
        Api caseworker = new Api(port);
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        assertEquals(403, caseworker.post("v1/admin/accounts", staff("testi.luvaton", PASSWORD)).status());
        assertEquals(403, caseworker.post("v1/admin/accounts/lead/deactivate", "{}").status());
        Api forged = new Api(port);
        assertEquals(200, forged.login("admin", "polku-demo").status());
        forged.dropCsrf();
        assertEquals("without the CSRF token", 403, forged.post("v1/admin/accounts/lead/deactivate", "{}").status());
        assertTrue(admin.get("v1/admin/accounts/lead").body().path("active").asBoolean());
    }

    private String awaitUnit(String username) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            for (JsonNode c : admin.get("v1/organisation").body().path("caseworkers")) {
                if (c.path("username").asText().equals(username)) {
                    return c.path("unit").asText();
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        throw new AssertionError(username + " did not reach the organisation");
    }

    private static String staff(String username, String password) {
        return "{\"username\": \"" + username + "\", \"displayName\": \"Testi Virkailija\", \"roles\": [\"caseworker\"],"
                + " \"unit\": \"guidance\", \"servicePoint\": \"kotka-office\", \"password\": \"" + password + "\"}";
    }
}
