package fi.polku.api.placement;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A vacancy as a job offer keeps it: the title, the employer's name, where and what, and the last day to apply. */
public record VacancySummary(UUID id, String title, String employerName, String municipalityCode, String occupationCode,
        @Nullable LocalDate applyBy) {}
