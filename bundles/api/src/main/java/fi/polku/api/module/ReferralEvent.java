package fi.polku.api.module;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral to a module was made or moved on. It carries no personal data: a module that serves
 * the person reads the referral's details through the partner API, which records the reading.
 * Made by the core ({@link #builder()}; a module's tests may build one too).
 */
public final class ReferralEvent {
    private final long sequence;
    private final UUID referralId;
    private final String moduleId;
    private final String serviceType;
    private final String municipalityCode;
    private final String state;
    private final Instant at;

    private ReferralEvent(Builder b) {
        this.sequence = b.sequence;
        this.referralId = Objects.requireNonNull(b.referralId, "referralId");
        this.moduleId = Objects.requireNonNull(b.moduleId, "moduleId");
        this.serviceType = Objects.requireNonNull(b.serviceType, "serviceType");
        this.municipalityCode = Objects.requireNonNull(b.municipalityCode, "municipalityCode");
        this.state = Objects.requireNonNull(b.state, "state");
        this.at = Objects.requireNonNull(b.at, "at");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The core's number for the event: unique, and rising for the events of one referral, but
     * neither gap-free nor ordered across referrals (two referrals changed at once may arrive in
     * either order). A module that keeps state keys it by referral and ignores an event whose
     * sequence is not above the last it took for that referral (delivery is at least once).
     */
    public long sequence() {
        return sequence;
    }

    public UUID referralId() {
        return referralId;
    }

    /** The module the referral was made to. */
    public String moduleId() {
        return moduleId;
    }

    public String serviceType() {
        return serviceType;
    }

    /** The customer's home municipality. */
    public String municipalityCode() {
        return municipalityCode;
    }

    /** {@code referred}, {@code accepted}, {@code declined}, {@code started}, {@code completed} or {@code interrupted}. */
    public String state() {
        return state;
    }

    /** When it happened. */
    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferralEvent e && sequence == e.sequence && referralId.equals(e.referralId) && moduleId.equals(e.moduleId)
                && serviceType.equals(e.serviceType) && municipalityCode.equals(e.municipalityCode) && state.equals(e.state) && at.equals(e.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, referralId, state);
    }

    @Override
    public String toString() {
        return "ReferralEvent[" + sequence + ", " + referralId + " " + state + " at " + moduleId + "]";
    }

    /** Builds a {@link ReferralEvent}. */
    public static final class Builder {
        private long sequence;
        private @Nullable UUID referralId;
        private @Nullable String moduleId;
        private @Nullable String serviceType;
        private @Nullable String municipalityCode;
        private @Nullable String state;
        private @Nullable Instant at;

        private Builder() {}

        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder referralId(UUID referralId) {
            this.referralId = referralId;
            return this;
        }

        public Builder moduleId(String moduleId) {
            this.moduleId = moduleId;
            return this;
        }

        public Builder serviceType(String serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        public Builder municipalityCode(String municipalityCode) {
            this.municipalityCode = municipalityCode;
            return this;
        }

        public Builder state(String state) {
            this.state = state;
            return this;
        }

        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        public ReferralEvent build() {
            return new ReferralEvent(this);
        }
    }
}
