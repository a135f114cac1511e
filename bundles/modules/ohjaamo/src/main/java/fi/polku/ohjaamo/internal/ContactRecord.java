package fi.polku.ohjaamo.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact an Ohjaamo worker had with a young person referred to the Ohjaamo, and its outcome. */
@Entity
@Table(name = "contact")
public class ContactRecord {
    @Id
    private UUID id;
    @Column(name = "referral_id", nullable = false)
    private UUID referralId;
    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;
    @Column(nullable = false)
    private String channel;
    @Column(nullable = false)
    private String outcome;
    @Column(nullable = false)
    private String note;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ContactRecord() {}

    ContactRecord(UUID referralId, LocalDate contactedOn, String channel, String outcome, String note, String by) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.contactedOn = contactedOn;
        this.channel = channel;
        this.outcome = outcome;
        this.note = note;
        this.recordedAt = Instant.now();
        this.recordedBy = by;
    }

    public UUID id() { return id; }
    public UUID referralId() { return referralId; }
    public LocalDate contactedOn() { return contactedOn; }
    public String channel() { return channel; }
    public String outcome() { return outcome; }
    public String note() { return note; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
