package fi.polku.api.organisation;

import fi.polku.api.i18n.Texts;
import java.util.Map;
import java.util.Objects;

/** A municipality of the employment area. Made by the core from its configuration. */
public final class Municipality {
    private final String code;
    private final String id;
    private final Map<String, String> names;
    private final boolean responsible;

    private Municipality(String code, String id, Map<String, String> names, boolean responsible) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{3}")) {
            throw new IllegalArgumentException("A municipality code is three digits: " + code);
        }
        this.code = code;
        this.id = Objects.requireNonNull(id, "id");
        this.names = Texts.complete(names, "Municipality " + code + "'s name");
        this.responsible = responsible;
    }

    /**
     * @param code the Statistics Finland municipality code, three digits (Kotka {@code 285})
     * @param id a short stable id used in configuration file names ({@code kotka})
     * @param names its name by language tag (fi, sv and en)
     * @param responsible true for the responsible municipality (vastuukunta)
     */
    public static Municipality of(String code, String id, Map<String, String> names, boolean responsible) {
        return new Municipality(code, id, names, responsible);
    }

    public String code() {
        return code;
    }

    public String id() {
        return id;
    }

    /** Its name by language tag: fi, sv and en (in English, the Finnish name). */
    public Map<String, String> names() {
        return names;
    }

    public boolean responsible() {
        return responsible;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Municipality m && code.equals(m.code) && id.equals(m.id) && names.equals(m.names) && responsible == m.responsible;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "Municipality[" + code + " " + id + "]";
    }
}
