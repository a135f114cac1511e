package com.example.partner.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What the partner has heard of a referral: its last state, by the core's sequence. */
@Entity
@Table(name = "heard_referral")
public class HeardReferral {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String state;
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;
    @Column(name = "heard_at", nullable = false)
    private Instant heardAt;

    protected HeardReferral() {}

    public UUID id() { return id; }
    public String state() { return state; }
    public long lastSequence() { return lastSequence; }
    public Instant heardAt() { return heardAt; }
}
