package fi.polku.api.rules;

import java.util.Objects;

/** Where a rule comes from. Made by a rule set with {@link #of}. */
public final class LegalSource {
    private final String statute;
    private final String provision;
    private final String note;

    private LegalSource(String statute, String provision, String note) {
        this.statute = Objects.requireNonNull(statute, "statute");
        this.provision = provision == null ? "" : provision;
        this.note = note == null ? "" : note;
    }

    /**
     * @param statute the act or proposal, e.g. {@code "Act 380/2023"} or {@code "HE 108/2025"}
     * @param provision the section and what it says, e.g. {@code "initial interview (alkuhaastattelu)"}
     * @param note what is still to be checked, or how the rule was read; empty when nothing
     */
    public static LegalSource of(String statute, String provision, String note) {
        return new LegalSource(statute, provision, note);
    }

    public String statute() {
        return statute;
    }

    public String provision() {
        return provision;
    }

    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegalSource s && statute.equals(s.statute) && provision.equals(s.provision) && note.equals(s.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statute, provision, note);
    }

    @Override
    public String toString() {
        return statute + (provision.isEmpty() ? "" : ", " + provision) + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
