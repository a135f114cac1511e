package fi.polku.api.organisation;

import fi.polku.api.i18n.Texts;
import java.util.Map;
import java.util.Objects;

/** A unit of the employment area's staff (initial services, guidance services ...). Made by the core. */
public final class Unit {
    private final String id;
    private final Map<String, String> names;

    private Unit(String id, Map<String, String> names) {
        this.id = Objects.requireNonNull(id, "id");
        this.names = Texts.complete(names, "Unit " + id + "'s name");
    }

    /**
     * @param id stable id: {@code initial}, {@code guidance}, {@code multisectoral}, {@code integration}, {@code employer}
     * @param names its name by language tag (fi, sv and en)
     */
    public static Unit of(String id, Map<String, String> names) {
        return new Unit(id, names);
    }

    public String id() {
        return id;
    }

    /** Its name by language tag: fi, sv and en. */
    public Map<String, String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && id.equals(u.id) && names.equals(u.names);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Unit[" + id + "]";
    }
}
