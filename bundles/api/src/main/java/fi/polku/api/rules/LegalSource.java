package fi.polku.api.rules;

import java.util.Objects;

/**
 * Where a rule comes from.
 *
 * @param statute the act or proposal, e.g. {@code "Act 380/2023"} or {@code "HE 108/2025"}
 * @param provision the section and what it says, e.g. {@code "initial interview (alkuhaastattelu)"}
 * @param note what is still to be checked, or how the rule was read; empty when nothing
 */
public record LegalSource(String statute, String provision, String note) {
    public LegalSource {
        Objects.requireNonNull(statute, "statute");
        provision = provision == null ? "" : provision;
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return statute + (provision.isEmpty() ? "" : ", " + provision) + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
