package fi.polku.api.module;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral and the least of its customer that a provider needs to serve it (see
 * {@link ModuleReferrals#details}). Made by the core ({@link #builder()}; a module's tests may
 * build one too).
 *
 * @since 1.2
 */
public final class ReferralDetails {
    private final UUID referralId;
    private final String moduleId;
    private final String state;
    private final String purpose;
    private final String firstName;
    private final String lastName;
    private final String language;
    private final @Nullable String contactChannel;
    private final @Nullable String contact;

    private ReferralDetails(Builder b) {
        this.referralId = Objects.requireNonNull(b.referralId, "referralId");
        this.moduleId = Objects.requireNonNull(b.moduleId, "moduleId");
        this.state = Objects.requireNonNull(b.state, "state");
        this.purpose = Objects.requireNonNull(b.purpose, "purpose");
        this.firstName = Objects.requireNonNull(b.firstName, "firstName");
        this.lastName = Objects.requireNonNull(b.lastName, "lastName");
        this.language = Objects.requireNonNull(b.language, "language");
        this.contactChannel = b.contactChannel;
        this.contact = b.contact;
    }

    public static Builder builder() {
        return new Builder();
    }

    public UUID referralId() {
        return referralId;
    }

    public String moduleId() {
        return moduleId;
    }

    /** The referral's state, as in {@link ReferralEvent#state()}. */
    public String state() {
        return state;
    }

    /** Why the caseworker referred the customer, in the caseworker's words. */
    public String purpose() {
        return purpose;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    /** {@code fi}, {@code sv} or {@code other}. */
    public String language() {
        return language;
    }

    /** How the customer prefers to be reached: {@code phone}, {@code email}, {@code letter} ...; empty when not told. */
    public Optional<String> contactChannel() {
        return Optional.ofNullable(contactChannel);
    }

    /** The phone number or e-mail address of that channel; empty for other channels. */
    public Optional<String> contact() {
        return Optional.ofNullable(contact);
    }

    @Override
    public String toString() { // no personal data in logs
        return "ReferralDetails[" + referralId + " " + state + " at " + moduleId + "]";
    }

    /** Builds a {@link ReferralDetails}. */
    public static final class Builder {
        private @Nullable UUID referralId;
        private @Nullable String moduleId;
        private @Nullable String state;
        private @Nullable String purpose;
        private @Nullable String firstName;
        private @Nullable String lastName;
        private String language = "fi";
        private @Nullable String contactChannel;
        private @Nullable String contact;

        private Builder() {}

        public Builder referralId(UUID referralId) {
            this.referralId = referralId;
            return this;
        }

        public Builder moduleId(String moduleId) {
            this.moduleId = moduleId;
            return this;
        }

        public Builder state(String state) {
            this.state = state;
            return this;
        }

        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder name(String firstName, String lastName) {
            this.firstName = firstName;
            this.lastName = lastName;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder contact(@Nullable String channel, @Nullable String contact) {
            this.contactChannel = channel;
            this.contact = contact;
            return this;
        }

        public ReferralDetails build() {
            return new ReferralDetails(this);
        }
    }
}
