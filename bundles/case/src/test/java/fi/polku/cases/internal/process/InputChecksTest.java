package fi.polku.cases.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.api.rest.Problem;
import fi.polku.cases.internal.i18n.Language;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Inputs.EndInput;
import fi.polku.cases.internal.process.Inputs.InterviewInput;
import fi.polku.cases.internal.process.Inputs.PeriodInput;
import fi.polku.cases.internal.process.Inputs.PlanInput;
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
        Problem e = assertThrows(Problem.class, () -> process.recordInterview(UUID.randomUUID(), in, null));
        assertEquals(400, e.status());
        Map<String, String> fi = in(e, "fi");
        assertEquals(List.of("heldOn", "mode", "notes", "prerequisites", "serviceNeed", "plan.applicationsPerMonth", "plan.contactMethod"),
                List.copyOf(fi.keySet()));
        assertEquals("Päivä 3.6.2025 on tulevaisuudessa; kirjaa haastattelu vasta, kun se on pidetty.", fi.get("heldOn"));
        assertEquals("Pakollinen alkuhaastattelussa: arvio palvelutarpeesta.", fi.get("serviceNeed"));
        assertEquals("Enintään 4000 merkkiä.", fi.get("notes"));
        assertEquals("Työnhakuvelvollisuus on luku 0–50 (hakemusta kuukaudessa).", fi.get("plan.applicationsPerMonth"));
        assertTrue(in(e, "sv").get("mode").startsWith("”carrier-pigeon” duger inte"));
        assertTrue(e.detail().get("en").contains("heldOn: 2025-06-03 is in the future"), e.detail().get("en"));
    }

    @Test
    void theWholePlanMissingIsTheFieldPlan() {
        InterviewInput in = new InterviewInput("job-search", "2025-06-02", null, null, null, null, null);
        Problem e = assertThrows(Problem.class, () -> process.recordInterview(UUID.randomUUID(), in, null));
        assertEquals(Map.of("plan", "Sysselsättningsplanen är obligatorisk: vid jobbsökningssamtalet uppdateras sysselsättningsplanen."),
                in(e, "sv"));
        assertTrue(e.detail().get("en").contains("plan is required"), e.detail().get("en"));
    }

    @Test
    void anUnknownKindIsTheFieldKind() {
        Problem e = assertThrows(Problem.class, () -> process.recordInterview(UUID.randomUUID(),
                new InterviewInput(null, "2025-13-01", null, null, null, null, null), null));
        assertEquals(Map.of("kind", "Choose one of initial, job-search, supplementary.",
                "heldOn", "'2025-13-01' is not a date; write it as YYYY-MM-DD."), in(e, "en"));
    }

    @Test
    void aPeriodStartAndEndNameTheirFields() {
        Problem start = assertThrows(Problem.class, () -> process.start(UUID.randomUUID(),
                new PeriodInput(null, "retired", null), null));
        assertEquals(List.of("start", "status"), List.copyOf(start.fields().keySet()));
        Problem end = assertThrows(Problem.class, () -> process.end(UUID.randomUUID(),
                new EndInput("2025-07-01", " "), null));
        assertEquals(Map.of("endDate", "Päättymispäivä 1.7.2025 on tulevaisuudessa; päätä työnhaku vasta, kun se on päättynyt.",
                "reason", "Valitse, miksi työnhaku päättyy."), in(end, "fi"));
    }

    @Test
    void refusalsOfAWholeRequestAreProblemsWithTheMessageKeyAsCode() {
        Problem body = Refusals.invalid(Message.END_BODY);
        assertEquals(400, body.status());
        assertEquals("end-body", body.code());
        assertTrue(body.fields().isEmpty());
        assertEquals("Send the end as JSON: endDate (YYYY-MM-DD) and reason.", body.detail().get("en"));
        assertEquals(404, Refusals.notFound(Message.NO_SUCH_ID, "x").status());
    }

    /** The fields of a problem as they are answered in one language. */
    private static Map<String, String> in(Problem p, String language) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        p.fields().forEach((field, t) -> texts.put(field, t.get(language)));
        return texts;
    }
}
