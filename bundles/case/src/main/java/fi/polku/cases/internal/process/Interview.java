package fi.polku.cases.internal.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An interview held with the job seeker, with its record (the assessment, for an initial interview). */
@Entity
@Table(name = "interview")
public class Interview {
    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "task_id")
    private UUID taskId;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false, length = 20)
    private String mode;
    @Column(length = 4000)
    private String prerequisites;
    @Column(name = "service_need", length = 4000)
    private String serviceNeed;
    @Column(length = 4000)
    private String notes;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected Interview() {}

    Interview(UUID periodId, UUID taskId, String kind, LocalDate heldOn, String mode, String prerequisites, String serviceNeed,
            String notes, String recordedBy) {
        this.id = UUID.randomUUID();
        this.periodId = periodId;
        this.taskId = taskId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.mode = mode;
        this.prerequisites = prerequisites;
        this.serviceNeed = serviceNeed;
        this.notes = notes;
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    public UUID id() { return id; }
    public String kind() { return kind; }
    public LocalDate heldOn() { return heldOn; }
    public String mode() { return mode; }
    public String prerequisites() { return prerequisites; }
    public String serviceNeed() { return serviceNeed; }
    public String notes() { return notes; }
    public String recordedBy() { return recordedBy; }
}
