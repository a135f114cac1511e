package fi.polku.subsidies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A unit lead's decision on an application: granted, partly granted or refused, with reasons. */
@Entity
@Table(name = "decision")
public class Decision {
    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false, unique = true)
    private UUID applicationId;
    @Column(nullable = false, length = 20)
    private String outcome;
    @Column(name = "granted_cents", nullable = false)
    private long grantedCents;
    @Column(name = "appropriation_year", nullable = false)
    private int appropriationYear;
    @Column(nullable = false, length = 2000)
    private String reasons;
    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Decision() {}

    Decision(UUID applicationId, String outcome, long grantedCents, int appropriationYear, String reasons, String decidedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.outcome = outcome;
        this.grantedCents = grantedCents;
        this.appropriationYear = appropriationYear;
        this.reasons = reasons;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public UUID id() { return id; }
    public UUID applicationId() { return applicationId; }
    public String outcome() { return outcome; }
    public long grantedCents() { return grantedCents; }
    public int appropriationYear() { return appropriationYear; }
    public String reasons() { return reasons; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
