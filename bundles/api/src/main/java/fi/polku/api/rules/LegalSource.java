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

    /**
     * A source as configurations write it, {@code "statute | provision | note"} (the last two may
     * be left out).
     *
     * @since 1.2
     */
    public static LegalSource parse(String written) {
        String[] parts = Objects.requireNonNull(written, "written").split("\\|", 3);
        return new LegalSource(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "", parts.length > 2 ? parts[2].trim() : "");
    }

    /**
     * The numbers of the acts the statute names ({@code "916/2012"}, {@code "380/2023"}), in
     * order and once each: the same in every language, so that a refusal in Finnish or Swedish
     * can cite them when the provision is written in one language only. Empty when it names none.
     *
     * @since 1.2
     */
    public java.util.List<String> acts() {
        return ACT.matcher(statute).results().map(java.util.regex.MatchResult::group).distinct().toList();
    }

    private static final java.util.regex.Pattern ACT = java.util.regex.Pattern.compile("\\b\\d{1,4}/(19|20)\\d\\d\\b");

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
