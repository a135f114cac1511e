package fi.polku.cases.internal.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WorkloadTest {
    @Test
    void aStepsKindIsItsNameWithoutTheOccasion() {
        assertEquals("supplementary-interview", Workload.kind("supplementary-interview-2"));
        assertEquals("job-search-interview", Workload.kind("job-search-interview-6m"));
        assertEquals("initial-interview", Workload.kind("initial-interview"));
        assertEquals("work-search-follow-up", Workload.kind("work-search-follow-up"));
    }
}
