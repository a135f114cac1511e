package fi.polku.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Appointments and the lobby in the assembled distribution: free times before the initial
 * interview's deadline, a booking after it only with a reason, a worker, room or customer never
 * booked twice (also by concurrent requests), the municipal premises only for the customers the
 * service plan names, moves and cancellations kept with their reasons, in the journal too, the
 * worker's iCalendar feed without personal data, and the walk-in lobby's tickets.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AppointmentsTest {
    private static final AtomicInteger INDIVIDUAL = new AtomicInteger(960);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    private BundleContext context;

    private Api caseworker;
    private Api lead;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.options();
    }

    @Before
    public void logIn() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        caseworker = new Api(port).language("en");
        assertEquals(200, caseworker.login("caseworker", "polku-demo").status());
        lead = new Api(port).language("en");
        assertEquals(200, lead.login("lead", "polku-demo").status());
    }

    @Test
    public void theInitialInterviewIsBookedBeforeItsDeadlineAndNobodyTwice() throws Exception {
        String customer = jobSeeker("Varattava");
        JsonNode task = initialInterview(customer);
        LocalDate due = LocalDate.parse(task.path("due").asText());
        JsonNode free = caseworker.get("v1/appointments/free-times?worker=caseworker&customer=" + customer + "&channel=in-person"
                + "&servicePoint=kotka-office&minutes=60&task=" + task.path("taskId").asText()).body();
        assertTrue(free.toString(), free.size() > 3);
        for (JsonNode slot : free) {
            OffsetDateTime start = OffsetDateTime.parse(slot.path("start").asText());
            assertFalse("before the deadline: " + slot, start.atZoneSameInstant(HELSINKI).toLocalDate().isAfter(due));
            int hour = start.atZoneSameInstant(HELSINKI).getHour();
            assertTrue("within the opening hours: " + slot, hour >= 8 && hour < 16);
            assertFalse(slot.path("room").asText().isEmpty());
        }
        JsonNode slot = free.get(0);
        Api.Reply booked = caseworker.post("v1/appointments", booking(customer, "caseworker", slot.path("start").asText(), "in-person",
                "kotka-office", task.path("taskId").asText(), null));
        assertEquals(booked.body().toString(), 201, booked.status());
        assertEquals("initial-interview", booked.body().path("purpose").asText());
        assertEquals(due.toString(), booked.body().path("due").asText());
        String room = booked.body().path("room").asText();

        Api.Reply twice = caseworker.post("v1/appointments", booking(jobSeeker("Toinen"), "caseworker", slot.path("start").asText(), "phone", null, null, null));
        assertEquals(twice.body().toString(), 409, twice.status());
        assertEquals("worker-taken", twice.body().path("code").asText());
        String roomTaken = "{\"customerId\": \"" + jobSeeker("Huone") + "\", \"worker\": \"psykologi\", \"start\": \"" + slot.path("start").asText()
                + "\", \"minutes\": 60, \"channel\": \"in-person\", \"servicePoint\": \"kotka-office\", \"room\": \"" + room + "\", \"purpose\": \"guidance\"}";
        assertEquals("room-taken", lead.post("v1/appointments", roomTaken).body().path("code").asText());
        Api.Reply otherRoom = lead.post("v1/appointments", roomTaken.replace("\"room\": \"" + room + "\", ", ""));
        assertEquals(otherRoom.body().toString(), 201, otherRoom.status());
        assertFalse("the next free room", room.equals(otherRoom.body().path("room").asText()));
        assertFalse("the slot is no longer offered", caseworker.get("v1/appointments/free-times?worker=caseworker&channel=phone&limit=200").body()
                .toString().contains(slot.path("start").asText()));

        // Eight requests for one phone slot of one worker at once: one wins, seven hear why not.
        String start = free.get(2).path("start").asText();
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            customers.add(jobSeeker("Samanaikainen"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String c : customers) {
            answers.add(pool.submit((Callable<Integer>) () -> caseworker.post("v1/appointments", booking(c, "caseworker", start, "phone", null, null, null))
                    .status()));
        }
        int created = 0;
        int conflicts = 0;
        for (Future<Integer> a : answers) {
            int status = a.get();
            created += status == 201 ? 1 : 0;
            conflicts += status == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals("one booking", 1, created);
        assertEquals("seven conflicts", 7, conflicts);
        assertEquals(1, caseworker.get("v1/appointments?worker=caseworker&from=" + day(start) + "&to=" + day(start)).body().findValues("start")
                .stream().filter(s -> s.asText().equals(start)).count());
    }

    @Test
    public void afterTheDeadlineOnlyWithAReasonAndNeverOutsideTheHours() {
        String customer = jobSeeker("Myöhäinen");
        JsonNode task = initialInterview(customer);
        LocalDate due = LocalDate.parse(task.path("due").asText());
        LocalDate late = due.plusDays(1);
        while (late.getDayOfWeek().getValue() > 4 || fi.polku.api.time.FinnishCalendar.holiday(late).isPresent()) {
            late = late.plusDays(1);
        }
        String at = late.atTime(10, 0).atZone(HELSINKI).toOffsetDateTime().toString();
        Api.Reply refused = caseworker.post("v1/appointments", booking(customer, "caseworker", at, "video", null, task.path("taskId").asText(), null));
        assertEquals(refused.body().toString(), 400, refused.status());
        assertTrue(refused.body().toString(), refused.body().path("fields").path("lateReason").asText().contains(due.toString()));
        Api.Reply withReason = caseworker.post("v1/appointments", booking(customer, "caseworker", at, "video", null, task.path("taskId").asText(),
                "Asiakas sairaana määräajan"));
        assertEquals(withReason.body().toString(), 201, withReason.status());

        String night = late.plusDays(7).atTime(3, 0).atZone(HELSINKI).toOffsetDateTime().toString();
        Api.Reply closed = caseworker.post("v1/appointments", booking(customer, "caseworker", night, "in-person", "kotka-office", null, null));
        assertEquals(400, closed.status());
        assertTrue(closed.body().toString(), closed.body().path("fields").has("start"));
        Api.Reply phoneWithPlace = caseworker.post("v1/appointments", booking(customer, "caseworker", at, "phone", "kotka-office", null, null));
        assertEquals(400, phoneWithPlace.status());
        assertTrue(phoneWithPlace.body().path("fields").has("servicePoint"));
        assertEquals(400, caseworker.post("v1/appointments", "{\"customerId\": \"" + customer + "\", \"worker\": \"nobody\", \"start\": \"tomorrow\", "
                + "\"channel\": \"fax\"}").status());
        assertEquals(400, caseworker.post("v1/appointments", "{\"customerId\": \"" + customer + "\", \"worker\": \"caseworker\", \"start\": \"" + at
                + "\", \"minutes\": 5000, \"channel\": \"phone\", \"purpose\": \"guidance\"}").status());
    }

    @Test
    public void thePremisesMeetOnlyMultisectoralAndWeakerPositionCustomersAndEveryChangeKeepsItsReason() throws Exception {
        String customer = jobSeeker("Pyhtääläinen");
        Api.Reply refused = caseworker.get("v1/appointments/free-times?worker=caseworker&customer=" + customer
                + "&channel=in-person&servicePoint=pyhtaa-premises&minutes=60&until=" + Day.today().plusDays(21));
        assertEquals(refused.body().toString(), 409, refused.status());
        assertTrue(refused.body().toString(), refused.body().path("message").asText().contains("weaker labour-market position"));
        assertEquals(400, caseworker.put("v1/customers/" + customer + "/labour-market-position", "{\"weaker\": true}").status());
        assertEquals(200, caseworker.put("v1/customers/" + customer + "/labour-market-position",
                "{\"weaker\": true, \"reason\": \"Pitkään työttömänä, ei ammatillista koulutusta\"}").status());
        JsonNode free = caseworker.get("v1/appointments/free-times?worker=caseworker&customer=" + customer
                + "&channel=in-person&servicePoint=pyhtaa-premises&minutes=60&until=" + Day.today().plusDays(21)).body();
        assertTrue(free.toString(), free.size() > 0);
        assertEquals("Tuesdays only", 2, OffsetDateTime.parse(free.get(0).path("start").asText()).atZoneSameInstant(HELSINKI).getDayOfWeek().getValue());
        Api.Reply booked = caseworker.post("v1/appointments", booking(customer, "caseworker", free.get(0).path("start").asText(), "in-person",
                "pyhtaa-premises", null, null));
        assertEquals(booked.body().toString(), 201, booked.status());
        String id = booked.body().path("id").asText();

        java.net.http.HttpResponse<byte[]> invitation = caseworker.bytes("v1/appointment-invitations/" + id + ".pdf");
        assertEquals(200, invitation.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(invitation.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("Kutsu tapaamiseen") && text.contains("Pyhtään kunnan tilat") && text.contains("Pyhtääläinen Tapaaja"));
            assertFalse("never the identity code", text.matches("(?s).*\\d{6}[-+A]\\d{3}.*"));
        }
        assertEquals("invitation", caseworker.get("v1/customers/" + customer + "/documents").body().get(0).path("kind").asText());
        assertEquals(400, caseworker.post("v1/appointments/" + id + "/move", "{\"start\": \"" + free.get(1).path("start").asText() + "\"}").status());
        Api.Reply moved = caseworker.post("v1/appointments/" + id + "/move", "{\"start\": \"" + free.get(1).path("start").asText()
                + "\", \"reason\": \"Asiakkaan pyynnöstä\"}");
        assertEquals(moved.body().toString(), 200, moved.status());
        assertEquals(1, moved.body().path("moves").asInt());
        assertEquals("Asiakkaan pyynnöstä", moved.body().path("lastReason").asText());
        Api.Reply cancelled = caseworker.post("v1/appointments/" + id + "/cancel", "{\"reason\": \"Asiakas työllistyi\"}");
        assertEquals("cancelled", cancelled.body().path("state").asText());
        assertEquals(409, caseworker.post("v1/appointments/" + id + "/cancel", "{\"reason\": \"uudelleen\"}").status());
        assertEquals("the time is free again", 201, caseworker.post("v1/appointments", booking(customer, "caseworker",
                free.get(1).path("start").asText(), "in-person", "pyhtaa-premises", null, null)).status());
        JsonNode journal = caseworker.get("v1/customers/" + customer + "/journal?kind=appointment").body();
        assertEquals(journal.toString(), 2, journal.size());
        assertTrue(journal.toString(), journal.toString().contains("Asiakas työllistyi"));
        assertEquals(404, caseworker.get("v1/appointments/" + java.util.UUID.randomUUID()).status());
    }

    @Test
    public void theWorkersCalendarFeedCarriesTimesPurposesAndPlacesButNoCustomer() {
        String customer = jobSeeker("Kalenteroitava");
        // As long as the booking below (60 minutes): a 30-minute slot late in the day would not hold it.
        JsonNode free = caseworker.get("v1/appointments/free-times?worker=lead&channel=phone&minutes=60").body();
        Api.Reply booked = lead.post("v1/appointments", booking(customer, "lead", free.get(0).path("start").asText(), "phone", null, null, null));
        assertEquals(booked.body().toString(), 201, booked.status());
        Api fi = new Api(lead.port()).language("fi");
        assertEquals(200, fi.login("lead", "polku-demo").status());
        String path = fi.post("v1/calendar-feed", "").body().path("path").asText();
        Api anonymous = new Api(lead.port());
        Api.Reply feed = anonymous.get(path);
        assertEquals(200, feed.status());
        String ics = feed.raw().body();
        assertTrue(ics, ics.startsWith("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT") && ics.contains("SUMMARY:Muu tapaaminen")
                && ics.contains("LOCATION:Puhelin"));
        assertFalse("no customer in the feed", ics.contains("Kalenteroitava") || ics.contains(customer));
        assertTrue(fi.get("v1/calendar-feed").body().path("active").asBoolean());
        fi.post("v1/calendar-feed", "");
        assertEquals("a new address stops the old", 404, anonymous.get(path).status());
        assertEquals(404, anonymous.get("v1/calendar-feeds/not-a-token").status());
    }

    @Test
    public void aWalkInGetsATicketAWorkerCallsTheNextAndTheVisitIsRecorded() throws Exception {
        ConfigurationAdmin admin = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration office = admin.getFactoryConfiguration("fi.polku.servicepoint", "always-open", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("id", "always-open");
        p.put("name.fi", "Testitoimipiste");
        p.put("name.sv", "Testverksamhetsställe");
        p.put("name.en", "Test office");
        p.put("municipality", "285");
        p.put("kind", "office");
        p.put("openingHours", new String[] {"mon-sun 00:00-24:00"});
        p.put("exceptions", new String[] {Day.today() + " 00:00-24:00", Day.today().plusDays(1) + " 00:00-24:00"});
        office.update(p);
        try {
            caseworker.await("v1/lobby/always-open", 200, 30);
            assertEquals(404, caseworker.get("v1/lobby/pyhtaa-premises").status());
            assertEquals(400, caseworker.post("v1/lobby/always-open/tickets", "{\"topic\": \"gossip\"}").status());
            int first = caseworker.post("v1/lobby/always-open/tickets", "{\"topic\": \"job-search\"}").body().path("number").asInt();
            int second = lead.post("v1/lobby/always-open/tickets", "{\"topic\": \"benefits\"}").body().path("number").asInt();
            assertEquals(first + 1, second);
            JsonNode queue = caseworker.get("v1/lobby/always-open").body();
            assertTrue(queue.path("open").asBoolean());
            assertEquals(2, queue.path("waiting").size());

            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<JsonNode> a = pool.submit(() -> caseworker.post("v1/lobby/always-open/call-next", "").body());
            Future<JsonNode> b = pool.submit(() -> lead.post("v1/lobby/always-open/call-next", "").body());
            JsonNode mine = a.get();
            JsonNode theirs = b.get();
            pool.shutdown();
            assertFalse("two workers never call the same ticket", mine.path("id").asText().equals(theirs.path("id").asText()));
            assertEquals(404, caseworker.post("v1/lobby/always-open/call-next", "").status());

            String customer = jobSeeker("Aulassa");
            Api.Reply done = caseworker.post("v1/lobby-tickets/" + mine.path("id").asText() + "/close", "{\"outcome\": \"done\", \"customerId\": \""
                    + customer + "\", \"notes\": \"Neuvottu työnhakuprofiilin teossa\"}");
            assertEquals(done.body().toString(), 200, done.status());
            assertEquals(409, caseworker.post("v1/lobby-tickets/" + mine.path("id").asText() + "/close", "{\"outcome\": \"done\"}").status());
            assertEquals(200, lead.post("v1/lobby-tickets/" + theirs.path("id").asText() + "/close", "{\"outcome\": \"left\"}").status());
            JsonNode visit = caseworker.get("v1/customers/" + customer + "/journal?kind=visit").body();
            assertEquals(1, visit.size());
            assertEquals("Neuvottu työnhakuprofiilin teossa", visit.get(0).path("text").asText());
            assertEquals(1, caseworker.get("v1/lobby/always-open").body().path("servedToday").asInt());
        } finally {
            office.delete();
        }
    }

    @Test
    public void thePlanPrintsInTheCustomersLanguageWithoutTheIdentityCodeAndTheListKeepsIt() throws Exception {
        int n = INDIVIDUAL.getAndIncrement();
        String code = Api.syntheticIdentityCode(String.format("0606%02d", 60 + n % 30), '-', n);
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + code + "\", \"firstName\": \"Åsa\", \"lastName\": \"Lindqvist\", "
                + "\"municipalityCode\": \"285\", \"language\": \"sv\", \"phone\": \"0401234003\", \"preferredChannel\": \"letter\", "
                + "\"streetAddress\": \"Kyrkogatan 3\", \"postalCode\": \"48100\", \"postOffice\": \"Kotka\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String customer = r.body().path("id").asText();
        String period = caseworker.post("v1/customers/" + customer + "/job-search-periods", "{\"start\": \"" + Day.today()
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").body().path("id").asText();
        assertEquals("no plan yet", 404, caseworker.bytes("v1/job-search-periods/" + period + "/plan.pdf").statusCode());
        assertEquals(201, caseworker.post("v1/job-search-periods/" + period + "/interviews", "{\"kind\": \"initial\", \"heldOn\": \"" + Day.today()
                + "\", \"mode\": \"face-to-face\", \"prerequisites\": \"Redo för arbete\", \"serviceNeed\": \"Jobbsökning\", "
                + "\"plan\": {\"applicationsPerMonth\": 4, \"agreedServices\": \"Arbetsprövning inom logistik\", \"contactMethod\": \"letter\"}}")
                .status());
        java.net.http.HttpResponse<byte[]> pdf = caseworker.bytes("v1/job-search-periods/" + period + "/plan.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("Sysselsättningsplan") && text.contains("Åsa Lindqvist") && text.contains("Kyrkogatan 3"));
            assertTrue(text, text.contains("minst 4 arbetsmöjligheter") && text.contains("Arbetsprövning inom logistik") && text.contains("Brev"));
            assertFalse("never the identity code", text.contains(code) || text.contains(code.substring(0, 6)));
            assertEquals("sv", doc.getDocumentCatalog().getLanguage());
            assertTrue("tagged for screen readers", doc.getDocumentCatalog().getMarkInfo().isMarked());
        }
        JsonNode documents = caseworker.get("v1/customers/" + customer + "/documents").body();
        assertEquals(documents.toString(), 1, documents.size());
        assertEquals("employment-plan", documents.get(0).path("kind").asText());
        assertEquals(1, documents.get(0).path("version").asInt());
        assertEquals("print", documents.get(0).path("channel").asText());
        assertEquals("sv", documents.get(0).path("language").asText());
        assertEquals(64, documents.get(0).path("sha256").asText().length());
        assertEquals(404, caseworker.bytes("v1/job-search-periods/" + java.util.UUID.randomUUID() + "/plan.pdf").statusCode());
    }

    @Test
    public void invitationsGoByEmailThroughTheOutboxAfterARestartAndByPostInAPrintedBatch() throws Exception {
        ConfigurationAdmin admin = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration mail = admin.getConfiguration("fi.polku.letters.mail", "?");
        Dictionary<String, Object> original = mail.getProperties();
        try (SmtpSink sink = new SmtpSink()) {
            sink.refuse = true; // the server is in trouble when the first invitation goes
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("host", "127.0.0.1");
            p.put("port", sink.port());
            p.put("startTls", false);
            p.put("fromAddress", "tyollisyyspalvelut@example.org");
            p.put("pollSeconds", 1);
            p.put("firstRetrySeconds", 1);
            mail.update(p);
            RestRuntime.awaitSettled(context);

            int n = INDIVIDUAL.getAndIncrement();
            String code = Api.syntheticIdentityCode(String.format("0707%02d", 60 + n % 30), '-', n);
            Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + code + "\", \"firstName\": \"Anna\", \"lastName\": \"Kirjeellinen\", "
                    + "\"municipalityCode\": \"285\", \"language\": \"fi\", \"email\": \"anna.kirjeellinen@example.org\", \"preferredChannel\": \"email\", "
                    + "\"streetAddress\": \"Keskuskatu 5\", \"postalCode\": \"48100\", \"postOffice\": \"Kotka\"}");
            assertEquals(r.body().toString(), 201, r.status());
            String customer = r.body().path("id").asText();
            JsonNode free = caseworker.get("v1/appointments/free-times?worker=kotoutus&channel=phone&minutes=60").body();
            Api.Reply booked = caseworker.post("v1/appointments", booking(customer, "kotoutus", free.get(0).path("start").asText(), "phone", null,
                    null, null));
            assertEquals(booked.body().toString(), 201, booked.status());
            String appointment = booked.body().path("id").asText();

            assertEquals(400, caseworker.post("v1/appointment-invitations/" + appointment, "{\"channel\": \"pigeon\"}").status());
            Api.Reply sent = caseworker.post("v1/appointment-invitations/" + appointment, "{\"channel\": \"email\"}");
            assertEquals(sent.body().toString(), 202, sent.status());
            awaitDelivery(customer, "email", "queued");
            long refusedBy = System.nanoTime() + 30_000_000_000L;
            while (sink.refused.get() == 0) {
                assertTrue("the server was asked and refused", System.nanoTime() < refusedBy);
                Thread.sleep(100);
            }
            awaitDelivery(customer, "email", "queued");
            // A restart of the outbox (the bundle stopped and started) loses nothing; the server recovers.
            org.osgi.framework.Bundle letters = java.util.Arrays.stream(context.getBundles()).filter(b -> "fi.polku.letters".equals(b.getSymbolicName()))
                    .findFirst().orElseThrow();
            letters.stop();
            letters.start();
            sink.refuse = false;
            long end = System.nanoTime() + 30_000_000_000L;
            while (sink.received.isEmpty()) {
                assertTrue("the e-mail arrives", System.nanoTime() < end);
                Thread.sleep(200);
            }
            SmtpSink.Message m = sink.received.get(0);
            assertEquals(List.of("<anna.kirjeellinen@example.org>"), m.to());
            assertTrue(m.data(), m.data().contains("Subject: Kutsu tapaamiseen") && m.data().contains("From: =?UTF-8?B?") && m.data().contains("application/pdf"));
            assertFalse("never the identity code in the message", m.data().contains(code));
            String[] parts = m.data().split("\r\n\r\n");
            String text = new String(java.util.Base64.getMimeDecoder().decode(parts[2].substring(0, parts[2].indexOf("--polku-")).trim()),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text, text.startsWith("Hei Anna,") && text.contains("Muu tapaaminen") && !text.contains(code));
            byte[] attached = java.util.Base64.getMimeDecoder().decode(parts[3].substring(0, parts[3].indexOf("--polku-")).trim());
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(attached)) {
                String pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertTrue(pdf, pdf.contains("Kutsu tapaamiseen") && pdf.contains("Anna Kirjeellinen") && !pdf.contains(code));
            }
            awaitDelivery(customer, "email", "sent");

            assertEquals(202, caseworker.post("v1/appointment-invitations/" + appointment, "{\"channel\": \"post\"}").status());
            awaitDelivery(customer, "post", "queued");
            assertEquals("a unit lead prints the batch", 403, caseworker.request("POST", "v1/letters/print-batch",
                    java.net.http.HttpRequest.BodyPublishers.noBody(), "application/json").status());
            Api.Reply batch = lead.request("POST", "v1/letters/print-batch", java.net.http.HttpRequest.BodyPublishers.noBody(), "application/json");
            assertEquals(200, batch.status());
            assertEquals("a batch is printed once", 204, lead.request("POST", "v1/letters/print-batch",
                    java.net.http.HttpRequest.BodyPublishers.noBody(), "application/json").status());
            awaitDelivery(customer, "post", "printed");
        } finally {
            mail.update(original == null ? new Hashtable<>(java.util.Map.of("host", "")) : original);
        }
        RestRuntime.awaitSettled(context); // the mail settings re-register the letters' resources
        String noMail = jobSeeker("Postiton");
        JsonNode free = caseworker.get("v1/appointments/free-times?worker=kotoutus&channel=video&minutes=60").body();
        Api.Reply booked = caseworker.post("v1/appointments", booking(noMail, "kotoutus", free.get(0).path("start").asText(), "video", null, null,
                null));
        assertEquals(booked.body().toString(), 201, booked.status());
        String appointment = booked.body().path("id").asText();
        Api.Reply refused = caseworker.post("v1/appointment-invitations/" + appointment, "{\"channel\": \"email\"}");
        assertEquals(409, refused.status());
        assertEquals("no-email", refused.body().path("code").asText());
    }

    private void awaitDelivery(String customer, String channel, String state) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (true) {
            for (JsonNode d : caseworker.get("v1/customers/" + customer + "/documents").body()) {
                if (d.path("channel").asText().equals(channel) && d.path("delivery").asText().equals(state)) {
                    return;
                }
            }
            assertTrue(channel + " " + state, System.nanoTime() < end);
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
        }
    }

    private static String day(String start) {
        return OffsetDateTime.parse(start).atZoneSameInstant(HELSINKI).toLocalDate().toString();
    }

    private static String booking(String customer, String worker, String start, String channel, String point, String task, String lateReason) {
        return "{\"customerId\": \"" + customer + "\", \"worker\": \"" + worker + "\", \"start\": \"" + start + "\", \"minutes\": 60, \"channel\": \""
                + channel + "\"" + (point == null ? "" : ", \"servicePoint\": \"" + point + "\"") + (task == null ? ", \"purpose\": \"other\""
                : ", \"taskId\": \"" + task + "\"") + (lateReason == null ? "" : ", \"lateReason\": \"" + lateReason + "\"") + "}";
    }

    private JsonNode initialInterview(String customer) {
        JsonNode periods = caseworker.get("v1/customers/" + customer + "/job-search-periods").body();
        for (JsonNode step : periods.get(0).path("timeline")) {
            if (step.path("step").asText().equals("initial-interview")) {
                assertNotNull(step.path("taskId").asText(null));
                return step;
            }
        }
        throw new AssertionError("no initial interview in " + periods);
    }

    private String jobSeeker(String firstName) {
        int n = INDIVIDUAL.getAndIncrement();
        String code = Api.syntheticIdentityCode(String.format("0505%02d", 60 + n % 30), '-', n);
        Api.Reply r = caseworker.post("v1/customers", "{\"identityCode\": \"" + code + "\", \"firstName\": \"" + firstName + "\", \"lastName\": "
                + "\"Tapaaja\", \"municipalityCode\": \"624\", \"language\": \"fi\", \"phone\": \"0401234003\", \"preferredChannel\": \"phone\"}");
        assertEquals(r.body().toString(), 201, r.status());
        String id = r.body().path("id").asText();
        assertEquals(201, caseworker.post("v1/customers/" + id + "/job-search-periods", "{\"start\": \"" + Day.today()
                + "\", \"status\": \"unemployed\", \"integrationPlan\": false}").status());
        return id;
    }
}
