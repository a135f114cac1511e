package fi.polku.cases.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.cases.internal.i18n.Language;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.i18n.Refusal;
import fi.polku.cases.internal.process.Inputs.EndInput;
import fi.polku.cases.internal.process.Inputs.InterviewInput;
import fi.polku.cases.internal.process.Inputs.PeriodInput;
import fi.polku.cases.internal.process.Inputs.PlanInput;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invalid input is refused before any transaction, with every field at fault; no database is needed. */
class InputChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private final ServiceProcess process = new ServiceProcess(null, null, null,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void anInterviewWithSeveralProblemsNamesEveryField() {
        InterviewInput in = new InterviewInput("initial", "2025-06-03", "carrier-pigeon", " ", null, "x".repeat(4001),
                new PlanInput(99, null, "fax", null));
        ProcessException e = assertThrows(ProcessException.class, () -> process.recordInterview(UUID.randomUUID(), in, null));
        assertEquals(ProcessException.Kind.INVALID, e.kind());
        Map<String, String> fi = e.fields().in(Language.FI);
        assertEquals(List.of("heldOn", "mode", "notes", "prerequisites", "serviceNeed", "plan.applicationsPerMonth", "plan.contactMethod"),
                List.copyOf(fi.keySet()));
        assertEquals("Päivä 3.6.2025 on tulevaisuudessa; kirjaa haastattelu vasta, kun se on pidetty.", fi.get("heldOn"));
        assertEquals("Pakollinen alkuhaastattelussa: arvio palvelutarpeesta.", fi.get("serviceNeed"));
        assertEquals("Enintään 4000 merkkiä.", fi.get("notes"));
        assertEquals("Työnhakuvelvollisuus on luku 0–50 (hakemusta kuukaudessa).", fi.get("plan.applicationsPerMonth"));
        assertTrue(e.fields().in(Language.SV).get("mode").startsWith("”carrier-pigeon” duger inte"));
        assertTrue(e.getMessage().contains("heldOn: 2025-06-03 is in the future"), e.getMessage());
    }

    @Test
    void theWholePlanMissingIsTheFieldPlan() {
        InterviewInput in = new InterviewInput("job-search", "2025-06-02", null, null, null, null, null);
        ProcessException e = assertThrows(ProcessException.class, () -> process.recordInterview(UUID.randomUUID(), in, null));
        assertEquals(Map.of("plan", "Sysselsättningsplanen är obligatorisk: vid jobbsökningssamtalet uppdateras sysselsättningsplanen."),
                e.fields().in(Language.SV));
        assertTrue(e.getMessage().contains("plan is required"), e.getMessage());
    }

    @Test
    void anUnknownKindIsTheFieldKind() {
        ProcessException e = assertThrows(ProcessException.class, () -> process.recordInterview(UUID.randomUUID(),
                new InterviewInput(null, "2025-13-01", null, null, null, null, null), null));
        assertEquals(Map.of("kind", "Choose one of initial, job-search, supplementary.",
                "heldOn", "'2025-13-01' is not a date; write it as YYYY-MM-DD."), e.fields().in(Language.EN));
    }

    @Test
    void aPeriodStartAndEndNameTheirFields() {
        ProcessException start = assertThrows(ProcessException.class, () -> process.start(UUID.randomUUID(),
                new PeriodInput(null, "retired", null), null));
        assertEquals(List.of("start", "status"), List.copyOf(start.fields().fields()));
        ProcessException end = assertThrows(ProcessException.class, () -> process.end(UUID.randomUUID(),
                new EndInput("2025-07-01", " "), null));
        assertEquals(Map.of("endDate", "Päättymispäivä 1.7.2025 on tulevaisuudessa; päätä työnhaku vasta, kun se on päättynyt.",
                "reason", "Pakollinen tieto (esimerkiksi työllistynyt, muuttanut pois, opinnot)."), end.fields().in(Language.FI));
    }

    @Test
    void invalidFieldsAre400WithFieldsAndOtherRefusalsKeepTheirShape() {
        Object body = ProcessErrors.body(ProcessException.invalid("reason", Message.REQUIRED), Response.Status.BAD_REQUEST);
        assertTrue(body instanceof Refusal, String.valueOf(body));
        assertEquals(Map.of("reason", "This is required."), ((Refusal) body).get("fields"));
        assertEquals(Map.of("status", 409, "error", "Conflict", "message", "Already ended."),
                ProcessErrors.body(ProcessException.conflict("Already ended."), Response.Status.CONFLICT));
        assertEquals(Map.of("status", 400, "error", "Bad Request", "message", "Send the end as JSON."),
                ProcessErrors.body(ProcessException.invalid("Send the end as JSON."), Response.Status.BAD_REQUEST));
    }
}
